namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

public sealed record PlanVersion(int VersionNumber, StaffUser? SavedBy, DateTimeOffset SavedAt, string[] ChangedFields, System.Text.Json.Nodes.JsonObject Snapshot)
{
    /// <summary>
    /// The fields a person changed in this version, by name: the first version is the plan as written, and references
    /// (pet, referral, author) are fixed at creation, so their ids are never news.
    /// </summary>
    public IEnumerable<string> ChangedFieldsShown => VersionNumber == 1 ? [] : ChangedFields.Where(f => !f.EndsWith("Id", StringComparison.Ordinal));
}

namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

/// <summary>The value sets of the records, for select lists and filters, and how values read on screen.</summary>
public static class ValueSets
{
    public static readonly string[] Roles = ["admin", "specialist", "coordinator", "clientCare"];
    public static readonly string[] Priorities = ["emergency", "urgent", "routine"];
    public static readonly string[] ReferralStatuses = ["received", "triaged", "scheduled", "inTreatment", "closed", "declined"];
    public static readonly string[] PlanStatuses = ["draft", "active", "onHold", "completed", "cancelled"];
    public static readonly string[] InteractionTypes = ["call", "consult", "note", "reminder", "email"];

    /// <summary>"inTreatment" → "In treatment", "clientCare" → "Client care".</summary>
    public static string Label(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "—";
        var words = System.Text.RegularExpressions.Regex.Replace(value, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}

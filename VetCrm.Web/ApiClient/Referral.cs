namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

public sealed record Referral
{
    public Guid Id { get; init; }
    public string ReferralNumber { get; init; } = "";
    public Pet? Pet { get; init; }
    public string ReferringClinic { get; init; } = "";
    public string ReferralReason { get; init; } = "";
    public string Status { get; init; } = "";
    public StaffUser? ReceivedBy { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string Priority { get; init; } = "";
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
    public IReadOnlyList<string> NextStatuses { get; init; } = [];
}

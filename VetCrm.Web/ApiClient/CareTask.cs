namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

public sealed record CareTask
{
    public Guid Id { get; init; }
    public Pet? Pet { get; init; }
    public Referral? Referral { get; init; }
    public string Title { get; init; } = "";
    public StaffUser? Assignee { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset? SnoozedUntil { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public StaffUser? CompletedBy { get; init; }
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
    public IReadOnlyList<string> NextStatuses { get; init; } = [];

    public bool MayComplete => NextStatuses.Contains("done");
    public bool MaySnooze => NextStatuses.Contains("snoozed");
    public bool MayReopen => NextStatuses.Contains("open");
    public bool MayReassign => AllowedActions.Contains("reassign");

    /// <summary>Not done and its due time (or the end of its snooze) has passed.</summary>
    public bool IsOverdue(DateTimeOffset now) => Status != "done" && DueAt < now && (Status != "snoozed" || SnoozedUntil < now);
}

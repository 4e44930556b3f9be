namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase); see CareTask.cs.

public sealed record EquipmentLoan
{
    public Guid Id { get; init; }
    public EquipmentItem? EquipmentItem { get; init; }
    public Pet? Pet { get; init; }
    public DateTimeOffset CheckedOutAt { get; init; }
    public DateTimeOffset DueBackAt { get; init; }
    public DateTimeOffset? ReturnedAt { get; init; }
    public StaffUser? LoggedBy { get; init; }
    public string Status { get; init; } = "";
    public bool Overdue { get; init; }
    public string? Notes { get; init; }
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
    public IReadOnlyList<string> NextStatuses { get; init; } = [];
}

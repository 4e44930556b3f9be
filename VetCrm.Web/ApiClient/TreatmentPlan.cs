namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

/// <summary>A plan; DiagnosisNotes and MedicationNotes are absent (null) for client care, who may not read them.</summary>
public sealed record TreatmentPlan
{
    public Guid Id { get; init; }
    public string PlanTitle { get; init; } = "";
    public Pet? Pet { get; init; }
    public Referral? Referral { get; init; }
    public string? DiagnosisNotes { get; init; }
    public string PlanStatus { get; init; } = "";
    public DateOnly? NextReviewDate { get; init; }
    public string? MedicationNotes { get; init; }
    public string ClientInstructions { get; init; } = "";
    public StaffUser? CreatedBy { get; init; }
    public int Revision { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
    public IReadOnlyList<string> NextStatuses { get; init; } = [];
}

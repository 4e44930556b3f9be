using VetCrm.Api.Common;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>A new plan; planStatus defaults to draft and createdBy is the caller.</summary>
public sealed record CreateTreatmentPlanRequest(
    string? PlanTitle, RecordRef? Pet, RecordRef? Referral, string? DiagnosisNotes, string? PlanStatus,
    DateOnly? NextReviewDate, string? MedicationNotes, string? ClientInstructions);

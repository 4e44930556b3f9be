using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>A new plan; planStatus defaults to draft and createdBy is the caller.</summary>
public sealed record CreateTreatmentPlanRequest(
    [property: Required, MaxLength(200)] string? PlanTitle,
    [property: Required] RecordRef? Pet,
    [property: Required] RecordRef? Referral,
    [property: Required, MaxLength(8000)] string? DiagnosisNotes,
    [property: ValueSet(typeof(PlanStatuses))] string? PlanStatus,
    DateOnly? NextReviewDate,
    [property: MaxLength(8000)] string? MedicationNotes,
    [property: Required, MaxLength(8000)] string? ClientInstructions);

using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>
/// The shape of a saved plan version's snapshot, for the OpenAPI document: the save pipeline writes the plan's stored
/// columns by their camelCase names (references as ids), and a reader who may not see clinical notes gets them removed.
/// </summary>
public sealed record TreatmentPlanSnapshot(
    Guid Id, string PlanTitle, Guid PetId, Guid ReferralId,
    [property: MayBeAbsent(TreatmentPlanView.ClinicalNotesHidden)] string DiagnosisNotes,
    [property: ValueSet(typeof(PlanStatuses))] string PlanStatus, DateOnly? NextReviewDate,
    [property: MayBeAbsent(TreatmentPlanView.ClinicalNotesHidden)] string? MedicationNotes,
    string ClientInstructions, Guid CreatedByUserId, Guid? CreatedById, int Revision,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ArchivedAt);

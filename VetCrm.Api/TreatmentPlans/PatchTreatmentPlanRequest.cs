using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Commands;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>
/// The fields to change; a plan's pet and referral never change. Every save keeps a version. A field marked required may
/// be left out but not cleared.
/// </summary>
public sealed record PatchTreatmentPlanRequest(
    [property: Required] uint? Version,
    [property: Required, MaxLength(200)] Optional<string?> PlanTitle,
    [property: Required, MaxLength(8000)] Optional<string?> DiagnosisNotes,
    [property: Required, ValueSet(typeof(PlanStatuses))] Optional<string?> PlanStatus,
    Optional<DateOnly?> NextReviewDate,
    [property: MaxLength(8000)] Optional<string?> MedicationNotes,
    [property: Required, MaxLength(8000)] Optional<string?> ClientInstructions)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a plan stays with its pet.",
        ["referral"] = "cannot change: a plan stays with its referral.",
    };
}

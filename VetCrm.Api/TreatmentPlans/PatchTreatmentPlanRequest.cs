using VetCrm.Api.Commands;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>The fields to change; a plan's pet and referral never change. Every save keeps a version.</summary>
public sealed record PatchTreatmentPlanRequest(
    uint? Version, Optional<string?> PlanTitle, Optional<string?> DiagnosisNotes, Optional<string?> PlanStatus,
    Optional<DateOnly?> NextReviewDate, Optional<string?> MedicationNotes, Optional<string?> ClientInstructions)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a plan stays with its pet.",
        ["referral"] = "cannot change: a plan stays with its referral.",
    };
}

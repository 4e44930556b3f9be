using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Interactions;

/// <summary>The fields to change; a log stays on its pet's timeline.</summary>
public sealed record PatchInteractionRequest(
    uint? Version, Optional<RecordRef?> Referral, Optional<RecordRef?> TreatmentPlan, Optional<RecordRef?> User, Optional<string?> InteractionType,
    Optional<string?> Summary, Optional<bool?> FollowUpNeeded, Optional<DateTimeOffset?> InteractionAt)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a log stays on its pet's timeline.",
    };
}

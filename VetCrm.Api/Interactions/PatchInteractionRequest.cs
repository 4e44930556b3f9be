using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Interactions;

/// <summary>The fields to change; a log stays on its pet's timeline. A field marked required may be left out but not cleared.</summary>
public sealed record PatchInteractionRequest(
    [property: Required] uint? Version,
    Optional<RecordRef?> Referral,
    Optional<RecordRef?> TreatmentPlan,
    Optional<RecordRef?> User,
    [property: Required, ValueSet(typeof(InteractionTypes))] Optional<string?> InteractionType,
    [property: Required, MaxLength(4000)] Optional<string?> Summary,
    [property: Required] Optional<bool?> FollowUpNeeded,
    [property: Required] Optional<DateTimeOffset?> InteractionAt)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a log stays on its pet's timeline.",
    };
}

using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Commands;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Scores;

/// <summary>The fields of a score type to change; <c>threshold</c> is replaced as a whole (null removes it).</summary>
public sealed record PatchScoreTypeRequest(
    [property: Required] uint? Version,
    [property: Required, MaxLength(120)] Optional<string?> Name,
    [property: Required, ValueSet(typeof(ScoreKinds))] Optional<string?> Kind,
    Optional<decimal?> Min, Optional<decimal?> Max, Optional<decimal?> Step,
    [property: MaxLength(20)] Optional<string?> Unit,
    Optional<IReadOnlyList<string>?> Categories,
    [property: MaxLength(1000)] Optional<string?> Description,
    [property: Required] Optional<bool?> Active,
    Optional<ScoreThreshold?> Threshold)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["code"] = "cannot change: it is the type's stable key, which integrations and imports use.",
    };
}

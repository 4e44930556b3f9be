using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Scores;

/// <summary>A correction, within the correction window after recording; later, a new score is recorded instead.</summary>
public sealed record PatchScoreRequest(
    [property: Required] uint? Version,
    [property: Required] Optional<DateTimeOffset?> ScoreDate,
    Optional<decimal?> Value,
    [property: MaxLength(40)] Optional<string?> Category,
    [property: MaxLength(2000)] Optional<string?> Notes,
    Optional<RecordRef?> Referral)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a score stays on its pet's case.",
        ["scoreType"] = "cannot change: record a score of the other type instead.",
        ["recordedBy"] = "is the member of staff who recorded the score.",
        ["thresholdTask"] = "is set when the score crosses its type's threshold.",
    };
}

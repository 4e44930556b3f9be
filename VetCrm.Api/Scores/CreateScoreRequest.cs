using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Common;

namespace VetCrm.Api.Scores;

/// <summary>
/// A score on a pet's case: <c>value</c> for a numeric type (within its range and step) or <c>category</c> for a
/// categorical one; scoreDate defaults to now, recordedBy is the caller.
/// </summary>
public sealed record CreateScoreRequest(
    [property: Required] RecordRef? Pet,
    RecordRef? Referral,
    [property: Required] RecordRef? ScoreType,
    DateTimeOffset? ScoreDate,
    decimal? Value,
    [property: MaxLength(40)] string? Category,
    [property: MaxLength(2000)] string? Notes);

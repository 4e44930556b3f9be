using System.ComponentModel.DataAnnotations;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Scores;

/// <summary>A new score type: numeric with min, max and step (unit optional), or categorical with its categories in order.</summary>
public sealed record CreateScoreTypeRequest(
    [property: Required, MaxLength(40)] string? Code,
    [property: Required, MaxLength(120)] string? Name,
    [property: Required, ValueSet(typeof(ScoreKinds))] string? Kind,
    decimal? Min, decimal? Max, decimal? Step,
    [property: MaxLength(20)] string? Unit,
    IReadOnlyList<string>? Categories,
    [property: MaxLength(1000)] string? Description,
    bool? Active,
    ScoreThreshold? Threshold);

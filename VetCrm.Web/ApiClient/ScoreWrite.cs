namespace VetCrm.Web.ApiClient;

/// <summary>A new score: value for numeric types, category for categorical ones.</summary>
public sealed record ScoreWrite(IdRef Pet, IdRef? ScoreType, DateTimeOffset? ScoreDate, decimal? Value, string? Category, string? Notes);

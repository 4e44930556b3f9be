namespace VetCrm.Web.ApiClient;

/// <summary>When a score acts: at or above atLeast, at or below atMost, or one of the categories raises taskTitle.</summary>
public sealed record ScoreThreshold(decimal? AtLeast, decimal? AtMost, IReadOnlyList<string>? Categories, string? TaskTitle, int? DueInHours);

namespace VetCrm.Web.Pages.Scores;

/// <summary>One score on a trend: a number (numeric types) or a category (categorical types); <see cref="Acts"/> when past the threshold.</summary>
public sealed record TrendPoint(DateTimeOffset At, decimal? Value, string? Category, bool Acts);

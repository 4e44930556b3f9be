namespace VetCrm.Api.Scores;

/// <summary>
/// When a score acts: a numeric value at or above <c>atLeast</c>, or at or below <c>atMost</c>, or a category among
/// <c>categories</c>, raises a task titled <c>taskTitle</c> for the pet's specialist, due <c>dueInHours</c> after the score.
/// </summary>
public sealed record ScoreThreshold(decimal? AtLeast, decimal? AtMost, IReadOnlyList<string>? Categories, string? TaskTitle, int? DueInHours);

namespace VetCrm.Web.ApiClient;

/// <summary>A new score type, as the admin page sends it.</summary>
public sealed record ScoreTypeWrite(
    string? Code, string? Name, string? Kind, decimal? Min, decimal? Max, decimal? Step, string? Unit, IReadOnlyList<string>? Categories,
    string? Description, ScoreThreshold? Threshold);

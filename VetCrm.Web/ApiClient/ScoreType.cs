namespace VetCrm.Web.ApiClient;

public sealed record ScoreType
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public decimal? Step { get; init; }
    public string? Unit { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? Description { get; init; }
    public bool Active { get; init; }
    public ScoreThreshold? Threshold { get; init; }
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    public bool IsCategorical => Kind == "categorical";

    /// <summary>The threshold in words, e.g. "Analgesia review at 6 or more"; null without one.</summary>
    public string? ThresholdLabel => Threshold is not { TaskTitle: { } task } threshold ? null
        : threshold.AtLeast is { } least ? $"{task} at {least} or more"
        : threshold.AtMost is { } most ? $"{task} at {most} or less"
        : $"{task} at {string.Join(" or ", threshold.Categories ?? [])}";

    public string Range => IsCategorical ? string.Join(", ", Categories) : $"{Min}–{Max}{(Unit is null ? "" : $" {Unit}")} in steps of {Step}";
}

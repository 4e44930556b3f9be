namespace VetCrm.Data.Entities;

/// <summary>
/// A clinical scale the hospital records (Glasgow CMPS-SF, body condition, weight …): reference data an admin manages
/// without a release. A numeric type bounds its values by <see cref="MinValue"/>, <see cref="MaxValue"/> and
/// <see cref="Step"/>; a categorical one lists its categories in order. An optional threshold makes a score act: a
/// value at or beyond it (or one of the acting categories) raises a task for the pet's specialist.
/// </summary>
public sealed class ScoreType
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Stable key for integrations and imports, e.g. <c>cmps-sf</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public decimal? MinValue { get; set; }
    public decimal? MaxValue { get; set; }
    /// <summary>The granularity of values counted from <see cref="MinValue"/>: 1 for whole points, 0.1 for a weight in kg to 100 g.</summary>
    public decimal? Step { get; set; }
    public string? Unit { get; set; }
    /// <summary>The categories of a categorical type, in their clinical order (e.g. A, B1, B2, C, D).</summary>
    public string[] Categories { get; set; } = [];
    public string? Description { get; set; }
    /// <summary>An inactive type keeps its recorded scores and chart but takes no new scores.</summary>
    public bool Active { get; set; } = true;
    public decimal? ThresholdAtLeast { get; set; }
    public decimal? ThresholdAtMost { get; set; }
    public string[] ThresholdCategories { get; set; } = [];
    /// <summary>The title of the task an acting score raises, e.g. "Analgesia review".</summary>
    public string? ThresholdTaskTitle { get; set; }
    /// <summary>How many hours after the score the raised task is due.</summary>
    public int? ThresholdDueHours { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>PostgreSQL's xmin, as for clinical records: a stale change is detected.</summary>
    public uint Version { get; set; }

    public bool HasThreshold => ThresholdTaskTitle is not null;

    /// <summary>Whether a score of this type with this value or category crosses the type's threshold.</summary>
    public bool Acts(decimal? value, string? category) =>
        HasThreshold && (Kind == ScoreKinds.Numeric
            ? value is { } v && ((ThresholdAtLeast is { } least && v >= least) || (ThresholdAtMost is { } most && v <= most))
            : category is not null && ThresholdCategories.Contains(category));
}

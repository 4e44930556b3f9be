using System.Linq.Expressions;
using System.Text.Json.Serialization;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Scores;

/// <summary>A score type as the API shows it: its range (numeric) or categories (categorical) and its threshold, if any.</summary>
public sealed record ScoreTypeView(
    Guid Id, string Code, string Name, [property: ValueSet(typeof(ScoreKinds))] string Kind, decimal? Min, decimal? Max, decimal? Step, string? Unit,
    IReadOnlyList<string> Categories, string? Description, bool Active, ScoreThreshold? Threshold,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, uint Version) : RecordRef(Id)
{
    /// <summary>What the caller may do with the type (<c>update</c> for admins).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }

    public static readonly Expression<Func<ScoreType, ScoreTypeView>> Projection = t => new ScoreTypeView(
        t.Id, t.Code, t.Name, t.Kind, t.MinValue, t.MaxValue, t.Step, t.Unit, t.Categories, t.Description, t.Active,
        t.ThresholdTaskTitle == null ? null
            : new ScoreThreshold(t.ThresholdAtLeast, t.ThresholdAtMost, t.ThresholdCategories, t.ThresholdTaskTitle, t.ThresholdDueHours),
        t.CreatedAt, t.UpdatedAt, t.Version);

    private static readonly Func<ScoreType, ScoreTypeView> Compiled = Projection.Compile();

    /// <summary>A type just written, projected in memory (the caller's actions are added by <see cref="ScoreTypeCommands.WithActions"/>).</summary>
    public static ScoreTypeView From(ScoreType type) => Compiled(type);
}

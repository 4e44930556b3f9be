using System.Text.RegularExpressions;
using VetCrm.Api.Commands;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Scores;

/// <summary>What makes a score type whole, checked on the type as it would be saved (after a create or a patch).</summary>
public static partial class ScoreTypeRules
{
    /// <summary>Bounds that keep every check's arithmetic exact in <see cref="decimal"/>.</summary>
    public const decimal Largest = 1_000_000m;
    public const decimal SmallestStep = 0.0001m;
    public const int MaxCategories = 30;
    public const int CategoryLength = 40;
    public const int MaxDueInHours = 24 * 30;

    public static void Check(ScoreType type, FieldChecks check)
    {
        if (!CodeShape().IsMatch(type.Code)) check.Add("code", "must be lowercase letters, digits and hyphens, starting with a letter or digit (e.g. cmps-sf).");
        if (type.Kind == ScoreKinds.Numeric) CheckNumeric(type, check);
        else if (type.Kind == ScoreKinds.Categorical) CheckCategorical(type, check);
        if (type.HasThreshold) CheckThreshold(type, check);
    }

    private static void CheckNumeric(ScoreType type, FieldChecks check)
    {
        if (type.MinValue is not { } min) check.Add("min", "is required for a numeric type.");
        else if (Math.Abs(min) > Largest) check.Add("min", $"must be between -{Largest} and {Largest}.");
        if (type.MaxValue is not { } max) check.Add("max", "is required for a numeric type.");
        else if (Math.Abs(max) > Largest) check.Add("max", $"must be between -{Largest} and {Largest}.");
        else if (type.MinValue is { } low && max <= low) check.Add("max", "must be greater than min.");
        if (type.Step is not { } step) check.Add("step", "is required for a numeric type (1 for whole points, 0.1 for tenths).");
        else if (step < SmallestStep) check.Add("step", $"must be at least {SmallestStep}.");
        else if (type.MinValue is { } from && type.MaxValue is { } to && to > from && step > to - from) check.Add("step", "must not be larger than the range from min to max.");
        if (type.Categories.Length > 0) check.Add("categories", "go only with categorical types.");
    }

    private static void CheckCategorical(ScoreType type, FieldChecks check)
    {
        if (type.Categories.Length == 0) check.Add("categories", "are required for a categorical type: list them in their clinical order.");
        else if (type.Categories.Length > MaxCategories) check.Add("categories", $"must be at most {MaxCategories}.");
        else if (type.Categories.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > CategoryLength || c != c.Trim()))
            check.Add("categories", $"must each be 1 to {CategoryLength} characters without surrounding spaces.");
        else if (type.Categories.Distinct(StringComparer.Ordinal).Count() != type.Categories.Length) check.Add("categories", "must not repeat a category.");
        foreach (var (field, value) in new[] { ("min", type.MinValue), ("max", type.MaxValue), ("step", type.Step) })
        {
            if (value is not null) check.Add(field, "goes only with numeric types.");
        }
        if (type.Unit is not null) check.Add("unit", "goes only with numeric types.");
    }

    private static void CheckThreshold(ScoreType type, FieldChecks check)
    {
        if (type.ThresholdDueHours is not (>= 1 and <= MaxDueInHours)) check.Add("threshold.dueInHours", $"must be between 1 and {MaxDueInHours}.");
        if (type.Kind == ScoreKinds.Numeric)
        {
            if (type.ThresholdAtLeast is null && type.ThresholdAtMost is null) check.Add("threshold.atLeast", "or atMost is required: the value from which a score acts.");
            foreach (var (field, value) in new[] { ("threshold.atLeast", type.ThresholdAtLeast), ("threshold.atMost", type.ThresholdAtMost) })
            {
                if (value is { } v && (v < type.MinValue || v > type.MaxValue)) check.Add(field, $"must lie within the type's range, {ScoreNumbers.Plain(type.MinValue)} to {ScoreNumbers.Plain(type.MaxValue)}.");
            }
            if (type.ThresholdCategories.Length > 0) check.Add("threshold.categories", "go only with categorical types.");
        }
        else if (type.Kind == ScoreKinds.Categorical)
        {
            if (type.ThresholdCategories.Length == 0) check.Add("threshold.categories", "are required: the categories that act.");
            else if (type.ThresholdCategories.Except(type.Categories, StringComparer.Ordinal).FirstOrDefault() is { } unknown)
                check.Add("threshold.categories", $"'{unknown}' is not one of the type's categories.");
            if (type.ThresholdAtLeast is not null || type.ThresholdAtMost is not null) check.Add("threshold.atLeast", "and atMost go only with numeric types.");
        }
    }

    /// <summary>Applies a threshold as sent (null removes it), its text checked.</summary>
    public static void Apply(ScoreType type, ScoreThreshold? threshold, FieldChecks check)
    {
        type.ThresholdTaskTitle = threshold is null ? null : check.Required("threshold.taskTitle", threshold.TaskTitle, 200);
        type.ThresholdDueHours = threshold is null ? null : threshold.DueInHours ?? check.Missing<int?>("threshold.dueInHours", 0);
        type.ThresholdAtLeast = threshold?.AtLeast;
        type.ThresholdAtMost = threshold?.AtMost;
        type.ThresholdCategories = Trimmed(threshold?.Categories);
    }

    public static string[] Trimmed(IReadOnlyList<string>? values) => values is null ? [] : [.. values.Select(v => v?.Trim() ?? "")];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex CodeShape();
}

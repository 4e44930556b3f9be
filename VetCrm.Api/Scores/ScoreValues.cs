using VetCrm.Api.Commands;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Scores;

/// <summary>A score's value against its type: a number within the range on a step from min, or one of the categories.</summary>
public static class ScoreValues
{
    public static void Check(ScoreType type, decimal? value, string? category, FieldChecks check)
    {
        if (type.Kind == ScoreKinds.Categorical)
        {
            if (value is not null) check.Add("value", $"goes only with numeric score types; {type.Name} takes a category.");
            if (category is null) check.Add("category", $"is required: one of {string.Join(", ", type.Categories)}.");
            else if (!type.Categories.Contains(category)) check.Add("category", $"'{category}' is not one of: {string.Join(", ", type.Categories)}.");
            return;
        }
        if (category is not null) check.Add("category", $"goes only with categorical score types; {type.Name} takes a value.");
        var (min, max, step) = (ScoreNumbers.Plain(type.MinValue!.Value), ScoreNumbers.Plain(type.MaxValue!.Value), ScoreNumbers.Plain(type.Step!.Value));
        if (value is not { } v) check.Add("value", $"is required: a number from {min} to {max}{Unit(type)}.");
        else if (v < min || v > max) check.Add("value", $"must be from {min} to {max}{Unit(type)} for {type.Name}; {v} is outside.");
        // Within the range the subtraction is exact, so the remainder is too.
        else if ((v - min) % step != 0) check.Add("value", $"must be in steps of {step} from {min}; {v} is not.");
    }

    public static string Unit(ScoreType type) => type.Unit is null ? "" : $" {type.Unit}";
}

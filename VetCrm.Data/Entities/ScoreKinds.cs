namespace VetCrm.Data.Entities;

/// <summary>How a score type is recorded: a number within a range and step, or one of an ordered list of categories.</summary>
public static class ScoreKinds
{
    public const string Numeric = "numeric";
    public const string Categorical = "categorical";
    public static readonly string[] All = [Numeric, Categorical];
}

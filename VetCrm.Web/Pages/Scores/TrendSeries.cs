namespace VetCrm.Web.Pages.Scores;

/// <summary>
/// What a trend chart shows for one score type on one pet: the scale (a numeric range or ordered categories), the
/// threshold when the type has one, and the points in date order.
/// </summary>
/// <param name="ThresholdLabel">The threshold in words, drawn next to its line, e.g. "Analgesia review at 6 or more".</param>
public sealed record TrendSeries(
    string Title, decimal? Min, decimal? Max, string? Unit, IReadOnlyList<string> Categories,
    decimal? ThresholdAtLeast, decimal? ThresholdAtMost, IReadOnlyList<string> ThresholdCategories, string? ThresholdLabel,
    IReadOnlyList<TrendPoint> Points)
{
    public bool IsCategorical => Categories.Count > 0;
}

using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Scores;

/// <summary>One score type's trend on a case page: the type, its scores oldest first, and the chart's series.</summary>
public sealed record ScoreChart(ScoreType Type, IReadOnlyList<ClinicalScore> Scores, TrendSeries Series)
{
    public static ScoreChart Of(ScoreType type, IReadOnlyList<ClinicalScore> scores)
    {
        var threshold = type.Threshold;
        var points = scores.Select(s => new TrendPoint(s.ScoreDate, s.Value, s.Category, s.ThresholdTask is not null || Acts(type, s))).ToList();
        var series = new TrendSeries(type.Name, type.Min, type.Max, type.Unit, type.IsCategorical ? type.Categories : [],
            threshold?.AtLeast, threshold?.AtMost, threshold?.Categories ?? [], type.ThresholdLabel, points);
        return new ScoreChart(type, scores, series);
    }

    /// <summary>Past the type's threshold as it stands now (a score recorded before a threshold was set raised no task but is still past it).</summary>
    private static bool Acts(ScoreType type, ClinicalScore score) => type.Threshold is { } t && (score.Value is { } v
        ? (t.AtLeast is { } least && v >= least) || (t.AtMost is { } most && v <= most)
        : score.Category is { } c && (t.Categories ?? []).Contains(c));
}

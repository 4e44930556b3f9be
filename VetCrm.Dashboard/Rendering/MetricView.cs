using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Dashboard.Rendering;

/// <summary>
/// What a metric chart plots. Running totals are shown as their increase per export interval, which is what an
/// operator reads ("requests per second"), and histograms by default as the mean of each interval ("how long did
/// requests take just now"); the raw totals, counts and sums are one click away.
/// </summary>
public static class MetricView
{
    public const string Increase = "increase";
    public const string Total = "total";
    public const string Mean = "mean";
    public const string Count = "count";
    public const string Sum = "sum";

    public static IReadOnlyList<string> FieldsOf(InstrumentInfo info) => info.Kind switch
    {
        MetricKind.Histogram or MetricKind.ExponentialHistogram or MetricKind.Summary => [Mean, Count, Sum],
        MetricKind.Sum when info.IsCumulative => [Increase, Total],
        _ => [],
    };

    public static string DefaultField(InstrumentInfo info) => FieldsOf(info).FirstOrDefault() ?? "";

    public static IEnumerable<(string Series, DateTimeOffset Time, double Value)> Values(InstrumentData data, string field) =>
        data.Points.GroupBy(p => p.Series).SelectMany(series => SeriesValues(series.ToList(), data.Info, field));

    private static IEnumerable<(string, DateTimeOffset, double)> SeriesValues(List<MetricPoint> points, InstrumentInfo info, string field)
    {
        // Each point paired with the one before it, so that cumulative series can be turned into per-interval values.
        var previous = default(MetricPoint);
        foreach (var point in points)
        {
            var (count, sum) = ((double)(point.Count ?? 0), point.Value);
            if (info.IsCumulative && field != Total)
            {
                if (previous is null || point.Value < previous.Value || point.Count < previous.Count)
                {
                    // The first point, or the process restarted and its totals began again: no interval to show.
                    previous = point;
                    continue;
                }
                (count, sum) = (count - (previous.Count ?? 0), sum - previous.Value);
            }
            previous = point;
            double? value = field switch
            {
                Mean => count > 0 ? sum / count : null,
                Count => count,
                _ => sum,
            };
            if (value is { } plotted)
            {
                yield return (point.Series, point.Timestamp, plotted);
            }
        }
    }
}

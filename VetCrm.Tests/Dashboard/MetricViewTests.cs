using VetCrm.Dashboard.Rendering;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Tests.Dashboard;

/// <summary>Running totals are charted per interval; a process restart (totals start again) is not a negative spike.</summary>
public sealed class MetricViewTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Cumulative_sum_is_drawn_as_its_increase_per_interval()
    {
        var data = Data(MetricKind.Sum, (10, null), (15, null), (22, null), (3, null));

        Assert.Equal([5d, 7d], MetricView.Values(data, MetricView.Increase).Select(v => v.Value));
        Assert.Equal([10d, 15d, 22d, 3d], MetricView.Values(data, MetricView.Total).Select(v => v.Value));
    }

    [Fact]
    public void Cumulative_histogram_is_drawn_as_the_mean_count_or_sum_of_each_interval()
    {
        var data = Data(MetricKind.Histogram, (1.0, 10UL), (4.0, 16UL));

        Assert.Equal([0.5], MetricView.Values(data, MetricView.Mean).Select(v => v.Value));
        Assert.Equal([6d], MetricView.Values(data, MetricView.Count).Select(v => v.Value));
        Assert.Equal([3d], MetricView.Values(data, MetricView.Sum).Select(v => v.Value));
    }

    private static InstrumentData Data(MetricKind kind, params (double Value, ulong? Count)[] points) => new(
        new InstrumentInfo("i", "", "", "", kind, IsCumulative: true),
        [.. points.Select((p, i) => new MetricPoint(T0.AddSeconds(i), "", p.Value, p.Count))]);
}

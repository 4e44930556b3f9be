using Microsoft.Extensions.Logging;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Tests.Dashboard;

/// <summary>Memory stays bounded: each signal keeps the most recent items and drops the oldest.</summary>
public sealed class TelemetryStoreTests
{
    private static readonly TelemetrySource Api = new("api", "api");
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Logs_keep_the_most_recent_records()
    {
        var store = new LogStore(new TelemetryLimits { MaxLogs = 3 });

        store.Add([.. Enumerable.Range(1, 5).Select(i => new LogEntry(i, T0, Api, "c", LogLevel.Information, $"message {i}", [], null, null))]);

        Assert.Equal(["message 5", "message 4", "message 3"], store.Query(_ => true, 10).Select(e => e.Message));
    }

    [Fact]
    public void Traces_keep_the_most_recent_traces_and_cap_spans_per_trace()
    {
        var store = new TraceStore(new TelemetryLimits { MaxTraces = 2, MaxSpansPerTrace = 2 });

        store.Add([Span("t1", "a"), Span("t2", "a"), Span("t2", "b"), Span("t2", "c"), Span("t3", "a")]);

        Assert.Null(store.Get("t1"));
        Assert.Equal(["a", "b"], store.Get("t2")!.Spans.Select(s => s.SpanId));
        Assert.NotNull(store.Get("t3"));
        Assert.Equal(1, store.DroppedSpans);
    }

    [Fact]
    public void Metrics_keep_the_most_recent_points_per_resource_across_instruments()
    {
        var store = new MetricStore(new TelemetryLimits { MaxMetricPointsPerResource = 3 });
        var requests = new InstrumentInfo("requests", "", "", "s", MetricKind.Sum);
        var memory = new InstrumentInfo("memory", "", "", "s", MetricKind.Gauge);

        store.Add("api", requests, [Point(1), Point(2)]);
        store.Add("api", memory, [Point(3), Point(4)]);
        store.Add("worker", memory, [Point(5)]);

        Assert.Equal([2d], store.Get("api", "requests")!.Points.Select(p => p.Value));
        Assert.Equal([3d, 4d], store.Get("api", "memory")!.Points.Select(p => p.Value));
        Assert.Equal(3, store.PointCount("api"));
        Assert.Equal(1, store.PointCount("worker"));
    }

    private static SpanEntry Span(string traceId, string spanId) =>
        new(traceId, spanId, null, "GET /", "Server", Api, "", T0, T0.AddMilliseconds(1), false, null, [], []);

    private static MetricPoint Point(double value) => new(T0.AddSeconds(value), "", value, null);
}

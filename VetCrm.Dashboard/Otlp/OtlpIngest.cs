using Google.Protobuf.Collections;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Metrics.V1;
using OpenTelemetry.Proto.Trace.V1;
using VetCrm.Dashboard.Telemetry;
using static VetCrm.Dashboard.Otlp.OtlpConversions;

namespace VetCrm.Dashboard.Otlp;

/// <summary>
/// Turns decoded OTLP export requests into the dashboard's telemetry records and stores them. Records are built
/// before a store is called, so that the stores' locks are held only to append.
/// </summary>
public sealed class OtlpIngest(TelemetryStore store)
{
    public void Add(ExportTraceServiceRequest request) =>
        store.Traces.Add([..
            from resourceSpans in request.ResourceSpans
            let source = ToSource(resourceSpans.Resource)
            from scopeSpans in resourceSpans.ScopeSpans
            from span in scopeSpans.Spans
            let traceId = ToId(span.TraceId)
            where traceId is not null
            select ToSpan(span, traceId, source, scopeSpans.Scope?.Name ?? "")]);

    public void Add(ExportLogsServiceRequest request) =>
        store.Logs.Add([..
            from resourceLogs in request.ResourceLogs
            let source = ToSource(resourceLogs.Resource)
            from scopeLogs in resourceLogs.ScopeLogs
            from record in scopeLogs.LogRecords
            select new LogEntry(
                store.Logs.NextSequence(),
                ToTimestamp(record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano),
                source,
                scopeLogs.Scope?.Name ?? "",
                ToLevel((int)record.SeverityNumber),
                ToText(record.Body),
                ToAttributes(record.Attributes),
                ToId(record.TraceId),
                ToId(record.SpanId))]);

    public void Add(ExportMetricsServiceRequest request)
    {
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var source = ToSource(resourceMetrics.Resource);
            foreach (var scopeMetrics in resourceMetrics.ScopeMetrics)
            {
                foreach (var metric in scopeMetrics.Metrics)
                {
                    var info = new InstrumentInfo(metric.Name, metric.Description, metric.Unit, scopeMetrics.Scope?.Name ?? "", KindOf(metric), IsCumulative(metric));
                    store.Metrics.Add(source.Resource, info, [.. PointsOf(metric, source)]);
                }
            }
        }
    }

    private static SpanEntry ToSpan(Span span, string traceId, TelemetrySource source, string scope) => new(
        traceId,
        ToId(span.SpanId) ?? "",
        ToId(span.ParentSpanId),
        span.Name,
        span.Kind.ToString(),
        source,
        scope,
        ToTimestamp(span.StartTimeUnixNano),
        ToTimestamp(Math.Max(span.EndTimeUnixNano, span.StartTimeUnixNano)),
        span.Status?.Code == Status.Types.StatusCode.Error,
        string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
        ToAttributes(span.Attributes),
        [.. span.Events.Select(e => new SpanEvent(ToTimestamp(e.TimeUnixNano), e.Name, ToAttributes(e.Attributes)))]);

    private static MetricKind KindOf(Metric metric) => metric.DataCase switch
    {
        Metric.DataOneofCase.Sum => MetricKind.Sum,
        Metric.DataOneofCase.Histogram => MetricKind.Histogram,
        Metric.DataOneofCase.ExponentialHistogram => MetricKind.ExponentialHistogram,
        Metric.DataOneofCase.Summary => MetricKind.Summary,
        _ => MetricKind.Gauge,
    };

    private static bool IsCumulative(Metric metric) => metric.DataCase switch
    {
        Metric.DataOneofCase.Sum => metric.Sum.IsMonotonic && metric.Sum.AggregationTemporality == AggregationTemporality.Cumulative,
        Metric.DataOneofCase.Histogram => metric.Histogram.AggregationTemporality == AggregationTemporality.Cumulative,
        Metric.DataOneofCase.ExponentialHistogram => metric.ExponentialHistogram.AggregationTemporality == AggregationTemporality.Cumulative,
        Metric.DataOneofCase.Summary => true, // count and sum of a summary are cumulative by definition
        _ => false,
    };

    private static IEnumerable<MetricPoint> PointsOf(Metric metric, TelemetrySource source) => metric.DataCase switch
    {
        Metric.DataOneofCase.Gauge => metric.Gauge.DataPoints.Select(p => Number(p, source)),
        Metric.DataOneofCase.Sum => metric.Sum.DataPoints.Select(p => Number(p, source)),
        Metric.DataOneofCase.Histogram => metric.Histogram.DataPoints.Select(p =>
            new MetricPoint(ToTimestamp(p.TimeUnixNano), SeriesOf(p.Attributes, source), p.HasSum ? p.Sum : 0, p.Count)),
        Metric.DataOneofCase.ExponentialHistogram => metric.ExponentialHistogram.DataPoints.Select(p =>
            new MetricPoint(ToTimestamp(p.TimeUnixNano), SeriesOf(p.Attributes, source), p.HasSum ? p.Sum : 0, p.Count)),
        Metric.DataOneofCase.Summary => metric.Summary.DataPoints.Select(p =>
            new MetricPoint(ToTimestamp(p.TimeUnixNano), SeriesOf(p.Attributes, source), p.Sum, p.Count)),
        _ => [],
    };

    private static MetricPoint Number(NumberDataPoint point, TelemetrySource source) => new(
        ToTimestamp(point.TimeUnixNano),
        SeriesOf(point.Attributes, source),
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble,
        null);

    /// <summary>One time series per replica and attribute set, e.g. <c>api-1 · http.route=/api/status</c>.</summary>
    private static string SeriesOf(RepeatedField<KeyValue> attributes, TelemetrySource source)
    {
        var labels = string.Join(", ", attributes.Select(a => $"{a.Key}={ToText(a.Value)}").Order(StringComparer.Ordinal));
        var replica = source.Instance == source.Resource ? "" : source.Instance;
        return string.Join(" · ", new[] { replica, labels }.Where(part => part.Length > 0));
    }
}

using Microsoft.Extensions.Logging;

namespace VetCrm.Dashboard.Telemetry;

/// <summary>Who sent a piece of telemetry: the resource (OTel <c>service.name</c>) and the replica (<c>service.instance.id</c>).</summary>
public sealed record TelemetrySource(string Resource, string Instance);

public sealed record TelemetryAttribute(string Key, string Value);

public sealed record LogEntry(
    long Sequence,
    DateTimeOffset Timestamp,
    TelemetrySource Source,
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyList<TelemetryAttribute> Attributes,
    string? TraceId,
    string? SpanId);

public sealed record SpanEvent(DateTimeOffset Timestamp, string Name, IReadOnlyList<TelemetryAttribute> Attributes);

public sealed record SpanEntry(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Kind,
    TelemetrySource Source,
    string Scope,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsError,
    string? StatusMessage,
    IReadOnlyList<TelemetryAttribute> Attributes,
    IReadOnlyList<SpanEvent> Events)
{
    public TimeSpan Duration => End - Start;

    public string? Attribute(string key) => Attributes.FirstOrDefault(a => a.Key == key)?.Value;

    /// <summary>The SQL of a database span (newer semantic conventions first, as Npgsql 10 writes them).</summary>
    public string? DatabaseStatement => Attribute("db.query.text") ?? Attribute("db.statement");
}

/// <summary>All spans of one trace received so far, across resources.</summary>
public sealed record TraceEntry(string TraceId, IReadOnlyList<SpanEntry> Spans)
{
    public DateTimeOffset Start => Spans.Min(s => s.Start);
    public DateTimeOffset End => Spans.Max(s => s.End);
    public TimeSpan Duration => End - Start;
    public bool HasError => Spans.Any(s => s.IsError);

    /// <summary>The span without a parent in this trace (the incoming request), or the earliest one while it is missing.</summary>
    public SpanEntry Root =>
        Spans.FirstOrDefault(s => s.ParentSpanId is null) ?? Spans.MinBy(s => s.Start)!;

    public IReadOnlyList<string> Resources => [.. Spans.Select(s => s.Source.Resource).Distinct().Order()];
}

public enum MetricKind { Gauge, Sum, Histogram, ExponentialHistogram, Summary }

/// <summary>
/// One data point. For gauges and sums <see cref="Value"/> is the value; for histograms and summaries it is their sum
/// and <see cref="Count"/> the number of measurements.
/// </summary>
public sealed record MetricPoint(DateTimeOffset Timestamp, string Series, double Value, ulong? Count);

/// <param name="IsCumulative">Points carry running totals since the process started (the .NET exporter's default), not per-interval values.</param>
public sealed record InstrumentInfo(string Name, string Description, string Unit, string Scope, MetricKind Kind, bool IsCumulative = false);

public sealed record InstrumentData(InstrumentInfo Info, IReadOnlyList<MetricPoint> Points);

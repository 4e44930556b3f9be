using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Metrics.V1;
using OpenTelemetry.Proto.Resource.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace VetCrm.Tests.Dashboard;

/// <summary>OTLP export requests built with the generated types, shaped like what the .NET exporter sends.</summary>
internal static class OtlpPayloads
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    public const string TraceId = "0af7651916cd43dd8448eb211c80319c";
    public const string RootSpanId = "b7ad6b7169203331";
    public const string DbSpanId = "00f067aa0ba902b7";
    public const string Sql = "SELECT current_setting('server_version')";

    public static ExportTraceServiceRequest Trace() => new()
    {
        ResourceSpans =
        {
            new ResourceSpans
            {
                Resource = Resource("api", "api-1"),
                ScopeSpans =
                {
                    new ScopeSpans
                    {
                        Scope = new InstrumentationScope { Name = "Npgsql" },
                        Spans =
                        {
                            new Span
                            {
                                TraceId = Id(TraceId), SpanId = Id(RootSpanId), Name = "GET /api/status", Kind = Span.Types.SpanKind.Server,
                                StartTimeUnixNano = Nanos(T0), EndTimeUnixNano = Nanos(T0.AddMilliseconds(40)),
                                Attributes = { Text("http.route", "/api/status") },
                            },
                            new Span
                            {
                                TraceId = Id(TraceId), SpanId = Id(DbSpanId), ParentSpanId = Id(RootSpanId), Name = "vetcrmdb",
                                Kind = Span.Types.SpanKind.Client,
                                StartTimeUnixNano = Nanos(T0.AddMilliseconds(5)), EndTimeUnixNano = Nanos(T0.AddMilliseconds(30)),
                                Attributes = { Text("db.query.text", Sql), new KeyValue { Key = "db.rows", Value = new AnyValue { IntValue = 1 } } },
                                Events = { new Span.Types.Event { Name = "exception", TimeUnixNano = Nanos(T0.AddMilliseconds(29)), Attributes = { Text("exception.type", "NpgsqlException") } } },
                                Status = new Status { Code = Status.Types.StatusCode.Error, Message = "timeout" },
                            },
                        },
                    },
                },
            },
        },
    };

    public static ExportLogsServiceRequest Logs() => new()
    {
        ResourceLogs =
        {
            new ResourceLogs
            {
                Resource = Resource("worker", "worker"),
                ScopeLogs =
                {
                    new ScopeLogs
                    {
                        Scope = new InstrumentationScope { Name = "VetCrm.Worker.Reminders" },
                        LogRecords =
                        {
                            new LogRecord
                            {
                                TimeUnixNano = Nanos(T0), SeverityNumber = SeverityNumber.Warn, SeverityText = "Warning",
                                Body = new AnyValue { StringValue = "3 reminders overdue" },
                                Attributes = { Text("{OriginalFormat}", "{Count} reminders overdue") },
                                TraceId = Id(TraceId), SpanId = Id(RootSpanId),
                            },
                        },
                    },
                },
            },
        },
    };

    public static ExportMetricsServiceRequest Metrics() => new()
    {
        ResourceMetrics =
        {
            new ResourceMetrics
            {
                Resource = Resource("api", "api"),
                ScopeMetrics =
                {
                    new ScopeMetrics
                    {
                        Scope = new InstrumentationScope { Name = "Microsoft.AspNetCore.Hosting" },
                        Metrics =
                        {
                            new Metric
                            {
                                Name = "http.server.request.duration", Unit = "s",
                                Histogram = new Histogram
                                {
                                    AggregationTemporality = AggregationTemporality.Cumulative,
                                    DataPoints =
                                    {
                                        new HistogramDataPoint
                                        {
                                            TimeUnixNano = Nanos(T0), Count = 4, Sum = 0.5, BucketCounts = { 3, 1 }, ExplicitBounds = { 0.1 },
                                            Attributes = { Text("http.route", "/api/status") },
                                        },
                                    },
                                },
                            },
                            new Metric
                            {
                                Name = "reminders.sent", Unit = "{reminder}",
                                Sum = new Sum
                                {
                                    IsMonotonic = true, AggregationTemporality = AggregationTemporality.Cumulative,
                                    DataPoints =
                                    {
                                        new NumberDataPoint { TimeUnixNano = Nanos(T0), AsInt = 7 },
                                        new NumberDataPoint { TimeUnixNano = Nanos(T0.AddSeconds(1)), AsInt = 9 },
                                    },
                                },
                            },
                            new Metric
                            {
                                Name = "process.cpu.utilization",
                                Gauge = new Gauge { DataPoints = { new NumberDataPoint { TimeUnixNano = Nanos(T0), AsDouble = 0.25 } } },
                            },
                        },
                    },
                },
            },
        },
    };

    private static OpenTelemetry.Proto.Resource.V1.Resource Resource(string service, string instance) => new()
    {
        Attributes = { Text("service.name", service), Text("service.instance.id", instance) },
    };

    private static KeyValue Text(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    private static ByteString Id(string hex) => ByteString.CopyFrom(Convert.FromHexString(hex));

    private static ulong Nanos(DateTimeOffset time) => (ulong)(time - DateTimeOffset.UnixEpoch).Ticks * 100;
}

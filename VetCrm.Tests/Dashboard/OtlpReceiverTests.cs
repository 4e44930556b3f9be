using VetCrm.Dashboard.Live;
using VetCrm.Hosting;
using VetCrm.Hosting.Orchestration;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry.Proto.Collector.Trace.V1;
using VetCrm.Dashboard.Otlp;
using VetCrm.Dashboard.Security;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Tests.Dashboard;

/// <summary>The OTLP/HTTP receiver on its own: decoding into the store, and every way a request is refused.</summary>
public sealed class OtlpReceiverTests
{
    private const string ApiKey = "test-api-key";
    private readonly TelemetryStore _store;
    private readonly OtlpHttpReceiver _receiver;

    public OtlpReceiverTests()
    {
        var limits = new TelemetryLimits { MaxRequestBytes = 64 * 1024 };
        _store = new TelemetryStore(limits);
        var changes = new DashboardChanges(new ResourceNotificationService(), new ResourceLoggerService(new DistributedApplicationOptions(), TimeProvider.System));
        _receiver = new OtlpHttpReceiver(new OtlpIngest(_store), changes, new DashboardSecrets("browser-token", ApiKey), limits, NullLogger<OtlpHttpReceiver>.Instance);
    }

    [Fact]
    public async Task Trace_export_decodes_to_spans_of_one_trace()
    {
        var context = await PostAsync(_receiver.ReceiveTracesAsync, OtlpPayloads.Trace().ToByteArray());

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(OtlpHttpReceiver.ProtobufContentType, context.Response.ContentType);
        ExportTraceServiceResponse.Parser.ParseFrom(((MemoryStream)context.Response.Body).ToArray());

        var trace = Assert.Single(_store.Traces.Query(_ => true));
        Assert.Equal(OtlpPayloads.TraceId, trace.TraceId);
        Assert.Equal(TimeSpan.FromMilliseconds(40), trace.Duration);
        Assert.True(trace.HasError);
        Assert.Equal(OtlpPayloads.RootSpanId, trace.Root.SpanId);
        Assert.Equal(new TelemetrySource("api", "api-1"), trace.Root.Source);
        Assert.Equal("Server", trace.Root.Kind);

        var database = trace.Spans.Single(s => s.SpanId == OtlpPayloads.DbSpanId);
        Assert.Equal(OtlpPayloads.RootSpanId, database.ParentSpanId);
        Assert.Equal(OtlpPayloads.Sql, database.DatabaseStatement);
        Assert.Equal("1", database.Attribute("db.rows"));
        Assert.Equal("timeout", database.StatusMessage);
        Assert.Equal(TimeSpan.FromMilliseconds(25), database.Duration);
        var exception = Assert.Single(database.Events);
        Assert.Equal("exception", exception.Name);
        Assert.Equal(OtlpPayloads.T0.AddMilliseconds(29), exception.Timestamp);
    }

    [Fact]
    public async Task Log_export_decodes_to_structured_log_records()
    {
        var context = await PostAsync(_receiver.ReceiveLogsAsync, OtlpPayloads.Logs().ToByteArray());

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        var entry = Assert.Single(_store.Logs.Query(_ => true, 10));
        Assert.Equal(OtlpPayloads.T0, entry.Timestamp);
        Assert.Equal(new TelemetrySource("worker", "worker"), entry.Source);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("3 reminders overdue", entry.Message);
        Assert.Equal("VetCrm.Worker.Reminders", entry.Category);
        Assert.Equal(OtlpPayloads.TraceId, entry.TraceId);
        Assert.Equal(OtlpPayloads.RootSpanId, entry.SpanId);
        Assert.Contains(new TelemetryAttribute("{OriginalFormat}", "{Count} reminders overdue"), entry.Attributes);
    }

    [Fact]
    public async Task Metric_export_decodes_to_points_per_instrument_including_histogram_sum_and_count()
    {
        var context = await PostAsync(_receiver.ReceiveMetricsAsync, OtlpPayloads.Metrics().ToByteArray());

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal(["http.server.request.duration", "process.cpu.utilization", "reminders.sent"],
            _store.Metrics.Instruments("api").Select(i => i.Name).Order());

        var histogram = _store.Metrics.Get("api", "http.server.request.duration")!;
        Assert.Equal(MetricKind.Histogram, histogram.Info.Kind);
        var point = Assert.Single(histogram.Points);
        Assert.Equal((0.5, 4UL, "http.route=/api/status"), (point.Value, point.Count!.Value, point.Series));

        var sent = _store.Metrics.Get("api", "reminders.sent")!;
        Assert.Equal(MetricKind.Sum, sent.Info.Kind);
        Assert.Equal([7d, 9d], sent.Points.Select(p => p.Value));
        Assert.Equal(0.25, Assert.Single(_store.Metrics.Get("api", "process.cpu.utilization")!.Points).Value);
    }

    [Fact]
    public async Task Malformed_payload_answers_400_and_the_receiver_keeps_working()
    {
        var malformed = await PostAsync(_receiver.ReceiveTracesAsync, [0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01]);
        Assert.Equal(StatusCodes.Status400BadRequest, malformed.Response.StatusCode);
        Assert.Equal(0, _store.Traces.Count);

        var valid = await PostAsync(_receiver.ReceiveTracesAsync, OtlpPayloads.Trace().ToByteArray());
        Assert.Equal(StatusCodes.Status200OK, valid.Response.StatusCode);
        Assert.Equal(1, _store.Traces.Count);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task Other_content_types_answer_415(string? contentType)
    {
        var context = await PostAsync(_receiver.ReceiveLogsAsync, OtlpPayloads.Logs().ToByteArray(), contentType: contentType);
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, context.Response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    public async Task Missing_or_wrong_api_key_answers_401(string? apiKey)
    {
        var context = await PostAsync(_receiver.ReceiveTracesAsync, OtlpPayloads.Trace().ToByteArray(), apiKey: apiKey);
        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Equal(0, _store.Traces.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // chunked: the size is only known while reading
    public async Task Too_large_payload_answers_413(bool declaresLength)
    {
        var tooLarge = new byte[_store.Limits.MaxRequestBytes + 1];
        var context = await PostAsync(_receiver.ReceiveMetricsAsync, tooLarge, declaresLength: declaresLength);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, context.Response.StatusCode);
    }

    private static async Task<HttpContext> PostAsync(Func<HttpContext, Task> receive, byte[] body, string? contentType = OtlpHttpReceiver.ProtobufContentType,
        string? apiKey = ApiKey, bool declaresLength = true)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = declaresLength ? body.Length : null;
        if (apiKey is not null)
        {
            context.Request.Headers[OtlpHttpReceiver.ApiKeyHeader] = apiKey;
        }
        context.Response.Body = new MemoryStream();
        await receive(context);
        return context;
    }
}

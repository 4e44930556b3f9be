using VetCrm.Dashboard.Live;
using System.Buffers;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using VetCrm.Dashboard.Security;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP with protobuf bodies, as the .NET exporter sends with <c>http/protobuf</c>: checks the API key, the
/// content type and the size, decodes, stores, and answers the Export*ServiceResponse. A bad request never throws.
/// </summary>
public sealed class OtlpHttpReceiver(OtlpIngest ingest, DashboardChanges changes, DashboardSecrets secrets, TelemetryLimits limits, ILogger<OtlpHttpReceiver> logger)
{
    public const string ApiKeyHeader = "x-otlp-api-key";
    public const string ProtobufContentType = "application/x-protobuf";

    public Task ReceiveTracesAsync(HttpContext context) =>
        ReceiveAsync(context, ExportTraceServiceRequest.Parser, ingest.Add, new ExportTraceServiceResponse());

    public Task ReceiveLogsAsync(HttpContext context) =>
        ReceiveAsync(context, ExportLogsServiceRequest.Parser, ingest.Add, new ExportLogsServiceResponse());

    public Task ReceiveMetricsAsync(HttpContext context) =>
        ReceiveAsync(context, ExportMetricsServiceRequest.Parser, ingest.Add, new ExportMetricsServiceResponse());

    private async Task ReceiveAsync<TRequest>(HttpContext context, MessageParser<TRequest> parser, Action<TRequest> store, IMessage response)
        where TRequest : IMessage<TRequest>
    {
        var request = context.Request;
        if (!secrets.IsOtlpApiKey(request.Headers[ApiKeyHeader]))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals(ProtobufContentType, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        if (request.ContentLength > limits.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var body = await ReadAtMostAsync(request.Body, limits.MaxRequestBytes, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        TRequest message;
        try
        {
            message = parser.ParseFrom(body);
        }
        catch (InvalidProtocolBufferException exception)
        {
            logger.LogWarning("Undecodable OTLP request to {Path}: {Error}", request.Path, exception.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        store(message);
        changes.Notify();

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ProtobufContentType;
        await context.Response.Body.WriteAsync(response.ToByteArray(), context.RequestAborted);
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="maxBytes"/> (chunked bodies have no length up front).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (content.Length + read > maxBytes)
                {
                    return null;
                }
                content.Write(chunk, 0, read);
            }
            return content.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}

using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace VetCrm.UnitTests;

/// <summary>
/// The telemetry exporter's HTTP clients carry no resilience handler, while every other client does. The exporter
/// retries on its own, and the shared handler is disposed before the exporter's last flush at shutdown, which then
/// retried against it until its deadline: each service took seconds to stop.
/// </summary>
public sealed class TelemetryExportClientTests
{
    [Fact]
    public void The_exporters_clients_go_straight_to_the_collector_and_other_clients_keep_the_resilience_handler()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4318";
        builder.AddServiceDefaults();
        using var host = builder.Build();
        var handlers = host.Services.GetRequiredService<IHttpMessageHandlerFactory>();

        Assert.Contains("ResilienceHandler", HandlerTypes(handlers.CreateHandler("webhooks")));
        foreach (var exporterClient in new[] { "OtlpTraceExporter", "OtlpMetricExporter", "OtlpLogExporter" })
        {
            Assert.DoesNotContain("ResilienceHandler", HandlerTypes(handlers.CreateHandler(exporterClient)));
        }
    }

    private static List<string> HandlerTypes(HttpMessageHandler handler)
    {
        var types = new List<string>();
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            types.Add(current.GetType().Name);
        }
        return types;
    }
}

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VetCrm.Dashboard.Security;
using VetCrm.Dashboard.Telemetry;
using VetCrm.Hosting;

namespace VetCrm.Dashboard;

public static class DashboardBuilderExtensions
{
    /// <summary>
    /// Serves the operations dashboard and its OTLP/HTTP receiver from the AppHost, and points every project's
    /// OpenTelemetry exporter at it. Does nothing when <see cref="DistributedApplicationOptions.DashboardEnabled"/> is off
    /// (tests, unless they ask for it).
    /// </summary>
    public static IDistributedApplicationBuilder AddDashboard(this IDistributedApplicationBuilder builder)
    {
        if (!builder.Options.DashboardEnabled)
        {
            return builder;
        }
        var options = builder.Configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        var endpoints = builder.Options.UseRandomPorts
            ? new DashboardEndpoints(GetFreePort(), GetFreePort())
            : new DashboardEndpoints(options.UiPort, options.OtlpPort);
        var secrets = DashboardSecrets.Generate();

        // Read by the project runner when it builds each project's environment (OTEL_EXPORTER_OTLP_*).
        builder.Options.OtlpEndpoint = endpoints.OtlpUrl;
        builder.Options.OtlpApiKey = secrets.OtlpApiKey;
        builder.Options.DashboardUrl = endpoints.LoginUrl(secrets.BrowserToken);

        builder.Services.AddSingleton(endpoints);
        builder.Services.AddSingleton(secrets);
        builder.Services.AddSingleton(new TelemetryStore(options.Limits));
        builder.Services.AddHostedService<DashboardHostedService>();
        return builder;
    }

    private static int GetFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

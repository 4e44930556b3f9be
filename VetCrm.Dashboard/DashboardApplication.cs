using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VetCrm.Dashboard.Live;
using VetCrm.Dashboard.Otlp;
using VetCrm.Dashboard.Security;
using VetCrm.Dashboard.Telemetry;
using VetCrm.Hosting;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Orchestration;

namespace VetCrm.Dashboard;

/// <summary>
/// The dashboard's web application: Razor Pages on the UI port, the OTLP receiver on the OTLP port, both on 127.0.0.1
/// only. It has its own container; the engine's singletons are handed over from the AppHost's.
/// </summary>
internal static class DashboardApplication
{
    public static WebApplication Build(IServiceProvider appHost)
    {
        var endpoints = appHost.GetRequiredService<DashboardEndpoints>();
        var store = appHost.GetRequiredService<TelemetryStore>();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Razor Pages and compiled views are found in the application's assembly: this one, not the AppHost.
            ApplicationName = typeof(DashboardApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, endpoints.UiPort);
            kestrel.Listen(IPAddress.Loopback, endpoints.OtlpPort);
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(appHost.GetRequiredService<DistributedApplicationOptions>());
        services.AddSingleton(appHost.GetRequiredService<IReadOnlyList<IResource>>());
        services.AddSingleton(appHost.GetRequiredService<ResourceNotificationService>());
        services.AddSingleton(appHost.GetRequiredService<ResourceLoggerService>());
        services.AddSingleton(appHost.GetRequiredService<ApplicationOrchestrator>());
        services.AddSingleton(appHost.GetRequiredService<TimeProvider>());
        services.AddSingleton(appHost.GetRequiredService<DashboardSecrets>());
        services.AddSingleton(endpoints);
        services.AddSingleton(store);
        services.AddSingleton(store.Limits);
        services.AddSingleton<OtlpIngest>();
        services.AddSingleton<OtlpHttpReceiver>();
        services.AddSingleton<DashboardChanges>();
        services.AddBrowserLogin();
        services.AddRazorPages();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();

        var otlpHost = $"*:{endpoints.OtlpPort}";
        var uiHost = $"*:{endpoints.UiPort}";
        app.MapOtlpReceiver().RequireHost(otlpHost);
        app.MapBrowserLogin().RequireHost(uiHost);
        app.MapDashboardAssets().RequireHost(uiHost);
        app.MapRazorPages().RequireHost(uiHost);
        DashboardChanges.MapDashboardEvents(app).RequireHost(uiHost);
        return app;
    }

    private static RouteGroupBuilder MapOtlpReceiver(this IEndpointRouteBuilder routes)
    {
        // The receiver checks its own API key; the UI's cookie login does not apply here.
        var otlp = routes.MapGroup("/v1").AllowAnonymous();
        otlp.MapPost("/traces", (HttpContext context, OtlpHttpReceiver receiver) => receiver.ReceiveTracesAsync(context));
        otlp.MapPost("/logs", (HttpContext context, OtlpHttpReceiver receiver) => receiver.ReceiveLogsAsync(context));
        otlp.MapPost("/metrics", (HttpContext context, OtlpHttpReceiver receiver) => receiver.ReceiveMetricsAsync(context));
        return otlp;
    }
}

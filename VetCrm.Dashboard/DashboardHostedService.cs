using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VetCrm.Dashboard.Otlp;
using VetCrm.Dashboard.Security;

namespace VetCrm.Dashboard;

/// <summary>Runs the dashboard's own web application inside the AppHost, for as long as the AppHost runs.</summary>
internal sealed class DashboardHostedService(IServiceProvider appHostServices, DashboardEndpoints endpoints, DashboardSecrets secrets,
    ILogger<DashboardHostedService> logger) : IHostedService
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _app = DashboardApplication.Build(appHostServices);
        await _app.StartAsync(cancellationToken);
        logger.LogInformation("Dashboard: {LoginUrl}", endpoints.LoginUrl(secrets.BrowserToken));
        logger.LogInformation("OTLP/HTTP receiver: {OtlpUrl} (header {Header})", endpoints.OtlpUrl, OtlpHttpReceiver.ApiKeyHeader);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync(cancellationToken);
            await app.DisposeAsync();
        }
    }
}

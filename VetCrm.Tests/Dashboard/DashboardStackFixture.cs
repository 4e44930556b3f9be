using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VetCrm.Dashboard;
using VetCrm.Dashboard.Security;
using VetCrm.Hosting;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Dashboard;

/// <summary>The whole stack with the dashboard on (random ports), shared by every dashboard end-to-end test.</summary>
public sealed class DashboardStackFixture : StackFixture
{
    public DashboardEndpoints Endpoints => App.Services.GetRequiredService<DashboardEndpoints>();
    public DashboardSecrets Secrets => App.Services.GetRequiredService<DashboardSecrets>();

    protected override void ConfigureOptions(DistributedApplicationOptions options) => options.DashboardEnabled = true;

    /// <summary>A client without the login cookie: what a stranger on this machine gets.</summary>
    public HttpClient CreateAnonymousDashboardClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(Endpoints.UiUrl) };

    /// <summary>A browser-like client that opened the printed login URL and keeps the cookie.</summary>
    public async Task<HttpClient> CreateLoggedInDashboardClientAsync()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(Endpoints.UiUrl) };
        using var login = await client.GetAsync(new Uri(Endpoints.LoginUrl(Secrets.BrowserToken)));
        login.EnsureSuccessStatusCode();
        return client;
    }
}

[CollectionDefinition("dashboard")]
public sealed class DashboardCollection : ICollectionFixture<DashboardStackFixture>;

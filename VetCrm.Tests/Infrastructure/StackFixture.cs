using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace VetCrm.Tests.Infrastructure;

/// <summary>
/// The whole VetCrm stack as the AppHost declares it (real PostgreSQL, Redis and service processes under Aspire's
/// DCP), on random ports with a temporary data directory, started once for the "stack" collection and torn down after it.
/// </summary>
public class StackFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartupDeadline = TimeSpan.FromMinutes(3);
    public static readonly string[] ProjectNames = ["api", "worker", "web"];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "vetcrm-test-data", $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}");
    private ResourceInstances? _instances;

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>Every running resource and replica, as Aspire reports them.</summary>
    public ResourceInstances Instances => _instances ?? throw new InvalidOperationException("The stack has not started.");

    /// <summary>Where the web keeps its data-protection keys in this run.</summary>
    public string WebKeysFolder => Path.Combine(_dataDirectory, "web-keys");

    /// <summary>Password of the bootstrap admin account ("admin"), generated for this run.</summary>
    public string AdminPassword { get; private set; } = "";

    public HttpClient CreateHttpClient(string resourceName) => App.CreateHttpClient(resourceName);

    public async Task<string> GetConnectionStringAsync(string resourceName) =>
        await App.GetConnectionStringAsync(resourceName) ?? throw new InvalidOperationException($"{resourceName} has no connection string.");

    /// <summary>Runs one of Aspire's resource commands (stop, start, restart …) on every instance of a resource, as the dashboard does.</summary>
    public async Task ExecuteCommandAsync(string resourceName, string command)
    {
        var resource = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == resourceName);
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, command);
        Assert.True(result.Success, $"{command} on {resourceName}: {result.Message}");
    }

    /// <summary>Runs a resource command on one instance (a replica has its own resource id).</summary>
    public async Task ExecuteInstanceCommandAsync(string resourceId, string command)
    {
        var result = await App.ResourceCommands.ExecuteCommandAsync(resourceId, command);
        Assert.True(result.Success, $"{command} on {resourceId}: {result.Message}");
    }

    /// <summary>Whether Aspire's dashboard runs (the testing builder leaves it off).</summary>
    protected virtual bool WithDashboard => false;

    /// <summary>Lets a derived fixture change the model (replicas, settings) before it starts.</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        using var deadline = new CancellationTokenSource(StartupDeadline);
        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VetCrm_AppHost>([],
            (options, _) => options.DisableDashboard = !WithDashboard, deadline.Token);
        appHost.CreateResourceBuilder<LocalPostgresServerResource>("postgres").WithTransientDataDirectory(Path.Combine(_dataDirectory, "postgres"));
        // The web's keys live with this run's data, not in the checkout's state folder that ./run.sh uses.
        appHost.CreateResourceBuilder<ProjectResource>("web").WithKeysFolder(WebKeysFolder);
        // Tests make their own data (demo data would make assertions about counts ambiguous), and reminders are
        // looked for every half second so that tests wait for them briefly.
        // Each test caller signs in as a client of its own (X-Forwarded-For, see ApiFixtureHelpers.Anonymous), so a modest
        // per-client budget of account requests holds; unknown-name failures are reported every second.
        appHost.CreateResourceBuilder<ProjectResource>("api").WithEnvironment("Seed__DemoData", "false")
            .WithEnvironment("AccountLimits__RequestsPerClient", "300").WithEnvironment("AccountLimits__UnknownNameReport", "00:00:01")
            // Signed attachment links expire within seconds, so a test sees one stop working; files are kept small.
            .WithEnvironment("Messaging__AttachmentLinkLifetime", "00:00:05").WithEnvironment("Messaging__MaxAttachmentBytes", "1048576");
        appHost.CreateResourceBuilder<ProjectResource>("worker").WithEnvironment("Reminders__ScanInterval", "00:00:00.500");
        Configure(appHost);

        App = await appHost.BuildAsync(deadline.Token);
        _instances = ResourceInstances.Watch(App);
        try
        {
            await App.StartAsync(deadline.Token);
            await Task.WhenAll(ProjectNames.Select(name => App.ResourceNotifications.WaitForResourceHealthyAsync(name, deadline.Token)));
            var adminPassword = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ParameterResource>().Single(p => p.Name == "admin-password");
            AdminPassword = await adminPassword.GetValueAsync(deadline.Token) ?? "";
        }
        catch (Exception exception)
        {
            var description = await DescribeResourcesAsync();
            // Nothing is left running behind a stack that did not come up: xunit does not dispose what failed to initialize.
            await DisposeAsync();
            throw new InvalidOperationException($"The stack did not become healthy: {exception.Message}\n{description}", exception);
        }
    }

    /// <summary>State and the last lines of every resource's console output: what a failing test needs to explain itself.</summary>
    public async Task<string> DescribeResourcesAsync(int lastLines = 40)
    {
        var text = new StringBuilder();
        var logs = App.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var instance in Instances.All)
        {
            text.AppendLine($"== {instance}");
            var lines = new List<string>();
            using var quickly = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await foreach (var batch in logs.GetAllAsync(instance.ResourceId).WithCancellation(quickly.Token))
                {
                    lines.AddRange(batch.Select(line => line.Content));
                }
            }
            catch (OperationCanceledException)
            {
            }
            foreach (var line in lines.TakeLast(lastLines)) text.AppendLine($"   {line}");
        }
        return text.ToString();
    }

    /// <summary>Stops every process of the stack and deletes its data; safe to call more than once.</summary>
    public async Task DisposeAsync()
    {
        if (App is { } app)
        {
            App = null!;
            await app.DisposeAsync();
        }
        _instances?.Dispose();
        _instances = null;
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}

[CollectionDefinition("stack")]
public sealed class StackCollection : ICollectionFixture<StackFixture>;

using System.Text;
using VetCrm.Hosting;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Orchestration;
using VetCrm.Hosting.Testing;

namespace VetCrm.Tests.Infrastructure;

/// <summary>
/// The whole VetCrm stack as the AppHost declares it (real PostgreSQL, Redis and service processes), on free ports
/// with a temporary state directory, started once for the "stack" collection and torn down after it.
/// </summary>
public class StackFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartupDeadline = TimeSpan.FromMinutes(3);
    public static readonly string[] ProjectNames = ["api", "worker", "web"];

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>Password of the bootstrap admin account ("admin"), generated for this run.</summary>
    public string AdminPassword => ((ParameterResource)App.GetResource("admin-password")).Value;

    public HttpClient CreateHttpClient(string resourceName) => App.CreateHttpClient(resourceName);

    public Task<string> GetConnectionStringAsync(string resourceName) => Task.FromResult(App.GetConnectionString(resourceName));

    /// <summary>Lets a derived fixture change run options (e.g. turn the dashboard on) before the AppHost's entry point declares the model.</summary>
    protected virtual void ConfigureOptions(DistributedApplicationOptions options)
    {
    }

    /// <summary>Lets a derived fixture change the model (replicas, settings) before it starts.</summary>
    protected virtual void Configure(IDistributedApplicationBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        var appHost = DistributedApplicationTestingBuilder.Create<Projects.VetCrm_AppHost>(configure: ConfigureOptions);
        // Tests make their own data (demo data would make assertions about counts ambiguous), and reminders are
        // looked for every half second so that tests wait for them briefly.
        appHost.Builder.CreateResourceBuilder(Project(appHost.Builder, "api")).WithEnvironment("Seed__DemoData", "false");
        appHost.Builder.CreateResourceBuilder(Project(appHost.Builder, "worker")).WithEnvironment("Reminders__ScanInterval", "00:00:00.500");
        Configure(appHost.Builder);
        App = await appHost.BuildAndStartAsync();
        using var deadline = new CancellationTokenSource(StartupDeadline);
        try
        {
            await Task.WhenAll(ProjectNames.Select(name => App.ResourceNotifications.WaitForResourceHealthyAsync(name, deadline.Token)));
        }
        catch (Exception exception)
        {
            var description = DescribeResources();
            // Nothing is left running behind a stack that did not come up: xunit does not dispose what failed to initialize.
            await DisposeAsync();
            throw new InvalidOperationException($"The stack did not become healthy: {exception.Message}\n{description}", exception);
        }
    }

    protected static ProjectResource Project(IDistributedApplicationBuilder builder, string name) =>
        builder.Resources.OfType<ProjectResource>().Single(p => p.Name == name);

    /// <summary>State and the last lines of every resource's output: what a failing test needs to explain itself.</summary>
    public string DescribeResources(int lastLines = 40)
    {
        var text = new StringBuilder();
        foreach (var instance in App.ResourceNotifications.Instances)
        {
            text.AppendLine($"== {instance}{(instance.Error is { } error ? $" — {error}" : "")}");
            foreach (var line in App.ResourceLogs.GetLines(instance.Name).TakeLast(lastLines))
            {
                text.AppendLine($"   {line.Text}");
            }
        }
        return text.ToString();
    }

    /// <summary>Stops every process of the stack; safe to call more than once.</summary>
    public async Task DisposeAsync()
    {
        if (App is { } app)
        {
            App = null!;
            await app.DisposeAsync();
        }
    }
}

[CollectionDefinition("stack")]
public sealed class StackCollection : ICollectionFixture<StackFixture>;

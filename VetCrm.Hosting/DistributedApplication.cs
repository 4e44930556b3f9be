using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Orchestration;
using VetCrm.Hosting.Testing;

namespace VetCrm.Hosting;

/// <summary>A built application model: start it, watch its resources, stop it (everything it started goes too).</summary>
public sealed class DistributedApplication(IHost host) : IHost, IAsyncDisposable
{
    public static IDistributedApplicationBuilder CreateBuilder(string[] args)
    {
        var options = new DistributedApplicationOptions
        {
            Args = args,
            ApplicationName = DistributedApplicationBuilder.DefaultApplicationName(),
        };
        DistributedApplicationTestingHook.ConfigureOptions(options);
        return new DistributedApplicationBuilder(options);
    }

    public IServiceProvider Services => host.Services;
    public ResourceNotificationService ResourceNotifications => Services.GetRequiredService<ResourceNotificationService>();
    public ResourceLoggerService ResourceLogs => Services.GetRequiredService<ResourceLoggerService>();
    public ApplicationOrchestrator Orchestrator => Services.GetRequiredService<ApplicationOrchestrator>();

    public IResource GetResource(string name) => Orchestrator.GetResource(name);

    /// <summary>The connection string a consumer of <paramref name="resourceName"/> receives.</summary>
    public string GetConnectionString(string resourceName) =>
        GetResource(resourceName) is IResourceWithConnectionString resource
            ? resource.GetConnectionString()
            : throw new InvalidOperationException($"Resource '{resourceName}' has no connection string.");

    /// <summary>The stable address of a resource's http endpoint (the load balancer when it has replicas).</summary>
    public Uri GetEndpoint(string resourceName, string endpointName = "http") =>
        new(GetResource(resourceName).Annotations.OfType<EndpointAnnotation>().First(e => e.Name == endpointName).Url);

    public HttpClient CreateHttpClient(string resourceName, string endpointName = "http") =>
        new() { BaseAddress = GetEndpoint(resourceName, endpointName) };

    public Task StartAsync(CancellationToken cancellationToken = default) => host.StartAsync(cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken = default) => host.StopAsync(cancellationToken);
    public Task RunAsync(CancellationToken cancellationToken = default) => host.RunAsync(cancellationToken);
    /// <summary>Runs until Ctrl+C or SIGTERM. A missing prerequisite or a model error ends it with one line, exit code 1.</summary>
    public void Run()
    {
        try
        {
            host.Run();
        }
        catch (Exception exception) when (exception is MissingPrerequisiteException or DistributedApplicationException)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            Environment.ExitCode = 1;
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}

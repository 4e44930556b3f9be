using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Orchestration;
using VetCrm.Hosting.Testing;

namespace VetCrm.Hosting;

public interface IDistributedApplicationBuilder
{
    DistributedApplicationOptions Options { get; }
    IConfigurationManager Configuration { get; }
    IServiceCollection Services { get; }
    IReadOnlyList<IResource> Resources { get; }
    IResourceBuilder<T> AddResource<T>(T resource) where T : IResource;
    IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource;
    DistributedApplication Build();
}

internal sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder
{
    private readonly HostApplicationBuilder _host;
    private readonly List<IResource> _resources = [];

    public DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        Options = options;
        _host = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options.Args,
            ApplicationName = options.ApplicationName,
            ContentRootPath = AppContext.BaseDirectory,
        });
        _host.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        _host.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(60));
    }

    public DistributedApplicationOptions Options { get; }
    public IConfigurationManager Configuration => _host.Configuration;
    public IServiceCollection Services => _host.Services;
    public IReadOnlyList<IResource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already declared.");
        }
        _resources.Add(resource);
        return CreateResourceBuilder(resource);
    }

    public IResourceBuilder<T> CreateResourceBuilder<T>(T resource) where T : IResource => new ResourceBuilder<T>(this, resource);

    public DistributedApplication Build()
    {
        // Under the testing builder the entry point's Build() hands the model to the test instead of running it.
        DistributedApplicationTestingHook.OnBuilding(this);

        _host.Services.AddSingleton(Options);
        _host.Services.AddSingleton<IReadOnlyList<IResource>>(_resources);
        _host.Services.AddSingleton(TimeProvider.System);
        _host.Services.AddSingleton<ResourceLoggerService>();
        _host.Services.AddSingleton<ResourceNotificationService>();
        _host.Services.AddSingleton<ApplicationOrchestrator>();
        // Registered last: it starts after the other hosted services (the dashboard's telemetry receiver is up before any
        // project exports to it) and stops first (projects flush their telemetry to a receiver that still listens).
        _host.Services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<ApplicationOrchestrator>());
        return new DistributedApplication(_host.Build());
    }

    internal static string DefaultApplicationName() =>
        Assembly.GetEntryAssembly()?.GetName().Name ?? "VetCrm";
}

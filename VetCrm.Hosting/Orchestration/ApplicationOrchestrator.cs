using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Postgres;
using VetCrm.Hosting.Projects;
using VetCrm.Hosting.Redis;

namespace VetCrm.Hosting.Orchestration;

/// <summary>
/// Runs the application model: allocates ports and secrets, starts each resource once what it waits for is healthy,
/// watches health, and stops everything in reverse order. Also the target of the start/stop/restart commands.
/// </summary>
public sealed class ApplicationOrchestrator(
    IReadOnlyList<IResource> resources,
    DistributedApplicationOptions options,
    IConfiguration configuration,
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    TimeProvider time,
    ILogger<ApplicationOrchestrator> logger) : IHostedService
{
    private static readonly TimeSpan HealthInterval = TimeSpan.FromSeconds(1);

    private readonly List<(IResource Resource, List<ResourceRunner> Runners)> _runnersInStartOrder = [];
    private readonly List<ReplicaLoadBalancer> _loadBalancers = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _healthClient = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly List<Task> _background = [];
    private StateDirectory? _state;

    /// <summary>Where this run keeps its data and secrets (a temporary folder in tests).</summary>
    public string StateDirectoryPath => _state?.Path ?? throw new InvalidOperationException("The application has not started.");

    public IResource GetResource(string name) =>
        resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"No resource named '{name}' is declared.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var startedAt = Stopwatch.GetTimestamp();
        _state = StateDirectory.Create(options);
        _state.Open(logger);
        var context = new RunContext(options, _state, logs, notifications, time, logger);

        ResolveParameters(new SecretStore(Path.Combine(_state.Path, "secrets.json")));
        AllocatePorts();
        foreach (var resource in InStartOrder())
        {
            _runnersInStartOrder.Add((resource, CreateRunners(resource, context)));
        }
        foreach (var runner in _runnersInStartOrder.SelectMany(r => r.Runners))
        {
            notifications.Register(runner.Instance);
        }
        StartLoadBalancers();

        _background.Add(MonitorHealthAsync(_stopping.Token));
        _background.AddRange(_runnersInStartOrder.Select(r => StartWhenReadyAsync(r.Resource, r.Runners, _stopping.Token)));
        _background.Add(ReportWhenUpAsync(startedAt, _stopping.Token));
        await Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_background.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        foreach (var (resource, runners) in Enumerable.Reverse(_runnersInStartOrder))
        {
            await Task.WhenAll(runners.Select(StopQuietlyAsync));
        }
        foreach (var loadBalancer in _loadBalancers)
        {
            await loadBalancer.DisposeAsync();
        }
        _state?.Close();
        _healthClient.Dispose();
    }

    /// <summary>Stops a resource (every replica) or one replica by its instance name.</summary>
    public Task StopResourceAsync(string name) => Task.WhenAll(RunnersNamed(name).Select(StopQuietlyAsync));

    /// <summary>Starts a stopped resource (or replica) again with the same ports and environment.</summary>
    public Task StartResourceAsync(string name, CancellationToken cancellationToken = default) =>
        Task.WhenAll(RunnersNamed(name).Where(r => r.Instance.State is not (ResourceState.Running or ResourceState.Starting))
            .Select(r => StartRunnerAsync(r, cancellationToken)));

    public async Task RestartResourceAsync(string name, CancellationToken cancellationToken = default)
    {
        await StopResourceAsync(name);
        await StartResourceAsync(name, cancellationToken);
    }

    private IEnumerable<ResourceRunner> RunnersNamed(string name)
    {
        var matches = _runnersInStartOrder.SelectMany(r => r.Runners)
            .Where(r => string.Equals(r.Instance.Name, name, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(r.Instance.Resource.Name, name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return matches.Count > 0 ? matches : throw new InvalidOperationException($"No resource or replica named '{name}'.");
    }

    private void ResolveParameters(SecretStore secrets)
    {
        foreach (var parameter in resources.OfType<ParameterResource>())
        {
            var value = configuration[$"Parameters:{parameter.Name}"]
                ?? (parameter.Generate ? secrets.GetOrCreate(parameter.Name)
                    : throw new DistributedApplicationException($"Parameter '{parameter.Name}' has no value: set Parameters:{parameter.Name} in configuration."));
            parameter.Resolve(value);
        }
    }

    private void AllocatePorts()
    {
        foreach (var resource in resources)
        {
            foreach (var endpoint in resource.Annotations.OfType<EndpointAnnotation>())
            {
                if (options.UseRandomPorts || endpoint.Port is null)
                {
                    endpoint.AllocatedPort = PortAllocator.GetFreePort();
                }
                else if (PortAllocator.IsFree(endpoint.Port.Value))
                {
                    endpoint.AllocatedPort = endpoint.Port;
                }
                else
                {
                    throw new DistributedApplicationException(
                        $"Port {endpoint.Port} of '{resource.Name}' is in use by another program; stop it or change the port in the AppHost.");
                }
            }
        }
    }

    private List<ResourceRunner> CreateRunners(IResource resource, RunContext context)
    {
        ResourceInstance Instance(string name, int index = 0, EndpointAnnotation? endpoint = null) =>
            new(resource, name, index) { Port = endpoint?.AllocatedPort };
        switch (resource)
        {
            case PostgresServerResource server:
                return [new PostgresServerRunner(Instance(server.Name, endpoint: server.Endpoint), context, server)];
            case PostgresDatabaseResource database:
                return [new PostgresDatabaseRunner(Instance(database.Name), context, database)];
            case RedisResource redis:
                return [new RedisRunner(Instance(redis.Name, endpoint: redis.Endpoint), context, redis)];
            case ProjectResource project:
                var replicas = project.Replicas;
                return [.. Enumerable.Range(0, replicas).Select(index =>
                {
                    var instance = Instance(replicas == 1 ? project.Name : $"{project.Name}-{index}", index);
                    // A single replica listens on the endpoint itself; several get their own ports behind a load balancer.
                    instance.Port = replicas == 1 ? project.HttpEndpoint.AllocatedPort : PortAllocator.GetFreePort();
                    return (ResourceRunner)new ProjectRunner(instance, context, project, _healthClient);
                })];
            default:
                return [];
        }
    }

    private void StartLoadBalancers()
    {
        foreach (var (resource, runners) in _runnersInStartOrder)
        {
            if (resource is ProjectResource { Replicas: > 1 } project)
            {
                var loadBalancer = new ReplicaLoadBalancer(project.HttpEndpoint.AllocatedPort!.Value, [.. runners.Select(r => r.Instance)], logger);
                loadBalancer.Start();
                _loadBalancers.Add(loadBalancer);
            }
        }
    }

    private async Task StartWhenReadyAsync(IResource resource, List<ResourceRunner> runners, CancellationToken cancellationToken)
    {
        try
        {
            var dependencies = Dependencies(resource).Where(d => d is not ParameterResource).ToList();
            if (dependencies.Count > 0)
            {
                foreach (var runner in runners)
                {
                    runner.Instance.State = ResourceState.Waiting;
                    notifications.Publish(runner.Instance);
                }
                await Task.WhenAll(dependencies.Select(d => notifications.WaitForResourceHealthyAsync(d.Name, cancellationToken)));
            }
            await Task.WhenAll(runners.Select(r => StartRunnerAsync(r, cancellationToken)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (DistributedApplicationException exception)
        {
            foreach (var runner in runners.Where(r => r.Instance.State == ResourceState.Waiting))
            {
                Fail(runner.Instance, $"a dependency did not come up: {exception.Message}");
            }
        }
    }

    private async Task StartRunnerAsync(ResourceRunner runner, CancellationToken cancellationToken)
    {
        try
        {
            await runner.StartAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Fail(runner.Instance, exception.Message);
        }
    }

    private void Fail(ResourceInstance instance, string error)
    {
        logger.LogError("{Resource} failed to start: {Error}", instance.Name, error);
        logs.Write(instance.Name, $"failed to start: {error}", isError: true);
        instance.State = ResourceState.FailedToStart;
        instance.Health = null;
        instance.Error = error;
        notifications.Publish(instance);
    }

    private static async Task StopQuietlyAsync(ResourceRunner runner)
    {
        if (runner.Instance.State is ResourceState.Running or ResourceState.Starting)
        {
            await runner.StopAsync();
        }
    }

    private async Task MonitorHealthAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(HealthInterval, time);
        try
        {
            do
            {
                var running = _runnersInStartOrder.SelectMany(r => r.Runners).Where(r => r.Instance.State == ResourceState.Running).ToList();
                await Task.WhenAll(running.Select(r => CheckHealthAsync(r, cancellationToken)));
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckHealthAsync(ResourceRunner runner, CancellationToken cancellationToken)
    {
        HealthCheckResult result;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            result = await runner.CheckHealthAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = HealthCheckResult.Unhealthy("The health check did not answer within 5 s.");
        }
        var instance = runner.Instance;
        if (instance.State != ResourceState.Running)
        {
            return; // Stopped while being checked: the stop already published the final state.
        }
        var previous = instance.Health;
        instance.Health = result.Status;
        instance.HealthDescription = result.Description;
        if (previous != result.Status)
        {
            if (previous == HealthStatus.Healthy)
            {
                logger.LogWarning("{Resource} became {Health}: {Description}", instance.Name, result.Status, result.Description);
            }
            notifications.Publish(instance);
        }
    }

    /// <summary>Prints what a person needs once everything is healthy: how long it took and where to go.</summary>
    private async Task ReportWhenUpAsync(long startedAt, CancellationToken cancellationToken)
    {
        try
        {
            var names = _runnersInStartOrder.Where(r => r.Runners.Count > 0).Select(r => r.Resource.Name);
            await Task.WhenAll(names.Select(n => notifications.WaitForResourceHealthyAsync(n, cancellationToken)));
            logger.LogInformation("All resources are up and healthy after {Seconds:0.0} s", Stopwatch.GetElapsedTime(startedAt).TotalSeconds);
            var endpoints = resources
                .SelectMany(r => r.Annotations.OfType<EndpointAnnotation>().Where(e => e.Scheme == "http").Select(e => (Resource: r, Endpoint: e)))
                .OrderByDescending(x => x.Endpoint.IsExternal);
            Console.WriteLine();
            if (options.DashboardUrl is { } dashboard)
            {
                Console.WriteLine($"  {"dashboard",-10} {dashboard}");
            }
            foreach (var (resource, endpoint) in endpoints)
            {
                Console.WriteLine($"  {resource.Name,-10} {endpoint.Url}{(endpoint.IsExternal ? "   <- open this in a browser" : "")}");
            }
            var generated = resources.OfType<ParameterResource>().Where(p => p.Generate && configuration[$"Parameters:{p.Name}"] is null).Select(p => p.Name).ToList();
            if (generated.Count > 0)
            {
                Console.WriteLine($"  Generated secrets ({string.Join(", ", generated)}) are in {Path.Combine(StateDirectoryPath, "secrets.json")}");
            }
            Console.WriteLine();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (DistributedApplicationException exception)
        {
            logger.LogError("The application did not come up: {Error}", exception.Message);
        }
    }

    /// <summary>Resources ordered so that each comes after what it waits for, references and lives in.</summary>
    private IEnumerable<IResource> InStartOrder()
    {
        var ordered = new List<IResource>();
        var visiting = new HashSet<IResource>();
        void Visit(IResource resource)
        {
            if (ordered.Contains(resource)) return;
            if (!visiting.Add(resource))
            {
                throw new DistributedApplicationException($"Resource '{resource.Name}' waits for itself through a cycle.");
            }
            foreach (var dependency in Dependencies(resource).Concat(resource.Annotations.OfType<ReferenceAnnotation>().Select(r => r.Resource)))
            {
                Visit(dependency);
            }
            ordered.Add(resource);
        }
        foreach (var resource in resources)
        {
            Visit(resource);
        }
        return ordered.Where(r => r is not ParameterResource);
    }

    private static IEnumerable<IResource> Dependencies(IResource resource) =>
        resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource)
            .Concat(resource is IResourceWithParent child ? [child.Parent] : []);
}

using VetCrm.Hosting.ApplicationModel;

namespace VetCrm.Hosting.Orchestration;

/// <summary>Current state of every resource instance, and a way to wait for a state without polling.</summary>
public sealed class ResourceNotificationService
{
    private readonly Lock _gate = new();
    private readonly List<ResourceInstance> _instances = [];
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Raised after any instance changed state or health (the dashboard listens).</summary>
    public event Action<ResourceInstance>? InstanceChanged;

    public IReadOnlyList<ResourceInstance> Instances
    {
        get { lock (_gate) { return [.. _instances]; } }
    }

    public IReadOnlyList<ResourceInstance> InstancesOf(string resourceName)
    {
        lock (_gate)
        {
            return [.. _instances.Where(i => string.Equals(i.Resource.Name, resourceName, StringComparison.OrdinalIgnoreCase))];
        }
    }

    internal void Register(ResourceInstance instance)
    {
        lock (_gate) { _instances.Add(instance); }
        Publish(instance);
    }

    internal void Publish(ResourceInstance instance)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = NewSignal();
        }
        changed.TrySetResult();
        InstanceChanged?.Invoke(instance);
    }

    /// <summary>Waits until every instance of the resource runs and is healthy; fails at once if one of them ends.</summary>
    public Task WaitForResourceHealthyAsync(string resourceName, CancellationToken cancellationToken = default) =>
        WaitForAsync(resourceName, instances => instances.All(i => i.IsHealthy), cancellationToken);

    public Task WaitForResourceAsync(string resourceName, ResourceState state, CancellationToken cancellationToken = default) =>
        WaitForAsync(resourceName, instances => instances.All(i => i.State == state), cancellationToken, failOnTerminal: false);

    private async Task WaitForAsync(string resourceName, Func<IReadOnlyList<ResourceInstance>, bool> condition, CancellationToken cancellationToken, bool failOnTerminal = true)
    {
        while (true)
        {
            Task changed;
            lock (_gate) { changed = _changed.Task; }
            var instances = InstancesOf(resourceName);
            if (instances.Count > 0 && condition(instances))
            {
                return;
            }
            var failed = instances.FirstOrDefault(i => i.IsTerminal);
            if (failOnTerminal && failed is not null)
            {
                throw new DistributedApplicationException(
                    $"Resource '{failed.Name}' is {failed.State}{(failed.ExitCode is { } code ? $" (exit code {code})" : "")}: {failed.Error ?? "see its console output"}.");
            }
            await changed.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

public sealed class DistributedApplicationException(string message, Exception? inner = null) : Exception(message, inner);

using Microsoft.Extensions.Diagnostics.HealthChecks;
using VetCrm.Hosting.ApplicationModel;

namespace VetCrm.Hosting.Orchestration;

/// <summary>The states of Aspire's resource model.</summary>
public enum ResourceState { NotStarted, Waiting, Starting, Running, Stopping, Exited, Finished, FailedToStart }

/// <summary>One running thing of a resource: the postgres server, a database, or one replica of a project.</summary>
public sealed class ResourceInstance(IResource resource, string name, int replicaIndex)
{
    public IResource Resource { get; } = resource;

    /// <summary>The resource name, or <c>{resource}-{index}</c> for replicas of a project with several.</summary>
    public string Name { get; } = name;
    public int ReplicaIndex { get; } = replicaIndex;

    public ResourceState State { get; internal set; } = ResourceState.NotStarted;
    public HealthStatus? Health { get; internal set; }
    public string? HealthDescription { get; internal set; }
    public int? ProcessId { get; internal set; }
    public DateTimeOffset? StartedAt { get; internal set; }
    public DateTimeOffset? StoppedAt { get; internal set; }
    public int? ExitCode { get; internal set; }
    public string? Error { get; internal set; }

    /// <summary>The port this instance itself listens on (for replicas behind a load balancer, its own port).</summary>
    public int? Port { get; internal set; }

    /// <summary>Environment handed to the process; values of secret variables are masked.</summary>
    public IReadOnlyDictionary<string, string> DisplayEnvironment { get; internal set; } = new Dictionary<string, string>();

    public bool IsHealthy => State == ResourceState.Running && Health == HealthStatus.Healthy;

    public bool IsTerminal => State is ResourceState.Exited or ResourceState.Finished or ResourceState.FailedToStart;

    public override string ToString() =>
        $"{Name}: {State}{(Health is { } health ? $" ({health})" : "")}{(ProcessId is { } pid ? $" pid {pid}" : "")}";
}

using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VetCrm.Tests.Infrastructure;

/// <summary>One running copy of a resource (a replica of a project has one each), as Aspire last reported it.</summary>
public sealed record ResourceInstance(string Name, string ResourceId, string? State, HealthStatus? Health, int? ProcessId, int? Port, CustomResourceSnapshot Snapshot)
{
    public string? Environment(string name) => Snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name == name)?.Value;

    public bool IsHealthy => Health == HealthStatus.Healthy;

    public override string ToString() =>
        $"{ResourceId} ({Name}): {State ?? "?"}, {Health?.ToString() ?? "no health"}, pid {ProcessId?.ToString() ?? "-"}, port {Port?.ToString() ?? "-"}, urls {string.Join(' ', Snapshot.Urls.Select(u => u.Url))}";
}

/// <summary>
/// The latest snapshot of every resource instance, kept by watching Aspire's resource notifications: replicas have a
/// resource id each, which <see cref="ResourceNotificationService.TryGetCurrentState"/> alone does not list.
/// </summary>
public sealed class ResourceInstances : IDisposable
{
    private readonly ConcurrentDictionary<string, ResourceEvent> _latest = new();
    private readonly CancellationTokenSource _stop = new();

    private ResourceInstances()
    {
    }

    public static ResourceInstances Watch(DistributedApplication app)
    {
        var instances = new ResourceInstances();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var update in app.ResourceNotifications.WatchAsync(instances._stop.Token))
                {
                    instances._latest[update.ResourceId] = update;
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        return instances;
    }

    public IReadOnlyList<ResourceInstance> All => [.. _latest.Values.Select(Describe).OrderBy(i => i.Name).ThenBy(i => i.ResourceId)];

    /// <summary>The running instances of one resource that have a process (replicas of a project, in a stable order).</summary>
    public IReadOnlyList<ResourceInstance> Of(string resourceName) =>
        [.. All.Where(i => i.Name == resourceName && i.ProcessId is not null && i.State == KnownResourceStates.Running)];

    /// <summary>Every running process of the stack.</summary>
    public IReadOnlyList<ResourceInstance> Running => [.. All.Where(i => i.ProcessId is not null && i.State == KnownResourceStates.Running)];

    private static ResourceInstance Describe(ResourceEvent update)
    {
        var snapshot = update.Snapshot;
        var pid = snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
        // A replica listens on a port of its own behind DCP's proxy; the URL the snapshot lists is the proxy's.
        var ownUrl = snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name == "ASPNETCORE_URLS")?.Value?.Split(';')[0];
        var port = ownUrl is not null && Uri.TryCreate(ownUrl.Replace("*", "localhost").Replace("+", "localhost"), UriKind.Absolute, out var own)
            ? own.Port
            : snapshot.Urls.Where(u => !u.IsInternal).Select(u => new Uri(u.Url).Port).FirstOrDefault();
        return new ResourceInstance(update.Resource.Name, update.ResourceId, snapshot.State?.Text, snapshot.HealthStatus,
            pid is null ? null : Convert.ToInt32(pid), port == 0 ? null : port, snapshot);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}

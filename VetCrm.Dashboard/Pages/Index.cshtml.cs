using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Dashboard.Telemetry;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Orchestration;

namespace VetCrm.Dashboard.Pages;

/// <summary>Every resource instance with its state, health, process, endpoints and environment; stop, start, restart.</summary>
public sealed class IndexModel(ResourceNotificationService notifications, ApplicationOrchestrator orchestrator, TelemetryStore telemetry, TimeProvider time)
    : PageModel
{
    public sealed record EndpointLink(string Name, string Url, bool IsHttp);

    public sealed record ResourceRow(ResourceInstance Instance, string Type, IReadOnlyList<EndpointLink> Endpoints, int ErrorLogs, TimeSpan? Uptime);

    public IReadOnlyList<ResourceRow> Rows { get; private set; } = [];

    public void OnGet()
    {
        var errors = telemetry.Logs.ErrorCountsByResource();
        var now = time.GetUtcNow();
        Rows = [.. notifications.Instances.Select(instance => new ResourceRow(
            instance,
            TypeName(instance.Resource),
            EndpointsOf(instance),
            errors.GetValueOrDefault(instance.Resource.Name),
            instance is { State: ResourceState.Running, StartedAt: { } started } ? now - started : null))];
    }

    // Commands run to completion even if the browser goes away: a half-done restart would leave the resource stopped.
    public Task<IActionResult> OnPostStopAsync(string name) => RunAsync(() => orchestrator.StopResourceAsync(name));

    public Task<IActionResult> OnPostStartAsync(string name) => RunAsync(() => orchestrator.StartResourceAsync(name, CancellationToken.None));

    public Task<IActionResult> OnPostRestartAsync(string name) => RunAsync(() => orchestrator.RestartResourceAsync(name, CancellationToken.None));

    private async Task<IActionResult> RunAsync(Func<Task> command)
    {
        try
        {
            await command();
        }
        catch (InvalidOperationException exception)
        {
            return NotFound(exception.Message);
        }
        return RedirectToPage();
    }

    private static string TypeName(IResource resource) => resource.GetType().Name.Replace("Resource", "", StringComparison.Ordinal);

    /// <summary>The stable address of each endpoint, plus the replica's own port when it sits behind a load balancer.</summary>
    private static IReadOnlyList<EndpointLink> EndpointsOf(ResourceInstance instance)
    {
        var declared = instance.Resource.Annotations.OfType<EndpointAnnotation>()
            .Where(e => e.AllocatedPort is not null)
            .Select(e => new EndpointLink(e.Name, e.Url, e.Scheme is "http" or "https"))
            .ToList();
        if (instance.Port is { } own && declared.All(e => !e.Url.EndsWith($":{own}", StringComparison.Ordinal)) && declared.Any(e => e.IsHttp))
        {
            declared.Add(new EndpointLink("replica", $"http://127.0.0.1:{own}", true));
        }
        return declared;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using VetCrm.Hosting.Orchestration;

namespace VetCrm.Dashboard.Live;

/// <summary>
/// Tells open dashboard pages that something changed (telemetry arrived, a resource changed state, a console line was
/// written), as server-sent events on <c>/events</c>; the page then re-reads its live region.
/// </summary>
public sealed class DashboardChanges
{
    /// <summary>At most this often per page: a busy system should not turn into a stream of page reloads.</summary>
    private static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DashboardChanges(ResourceNotificationService resources, ResourceLoggerService consoles)
    {
        resources.InstanceChanged += _ => Notify();
        consoles.LineWritten += _ => Notify();
    }

    public void Notify()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    private Task NextChange()
    {
        lock (_gate) { return _changed.Task; }
    }

    public static IEndpointConventionBuilder MapDashboardEvents(IEndpointRouteBuilder routes) =>
        routes.MapGet("/events", async (HttpContext context, DashboardChanges changes, TimeProvider time) =>
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            var aborted = context.RequestAborted;
            await context.Response.WriteAsync(": connected\n\n", aborted);
            await context.Response.Body.FlushAsync(aborted);
            try
            {
                while (!aborted.IsCancellationRequested)
                {
                    var changed = changes.NextChange();
                    var message = await Task.WhenAny(changed, Task.Delay(KeepAlive, time, aborted)) == changed ? "data: changed\n\n" : ": keep-alive\n\n";
                    await context.Response.WriteAsync(message, aborted);
                    await context.Response.Body.FlushAsync(aborted);
                    await Task.Delay(MinimumGap, time, aborted);
                }
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                // The page was closed or navigated away.
            }
        });
}

using Microsoft.Extensions.Options;
using VetCrm.Worker.Reminders;
using VetCrm.Worker.Scanning;

namespace VetCrm.Worker.Tasks;

/// <summary>Flags overdue tasks every interval (deadlines share the reminder settings).</summary>
public sealed class OverdueTaskWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, ILogger<OverdueTaskWorker> logger)
    : PeriodicScan(time, options, logger)
{
    protected override string ScanName => "Overdue task scan";

    protected override async Task RunScanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OverdueTaskScanner>().ScanAsync(cancellationToken);
    }
}

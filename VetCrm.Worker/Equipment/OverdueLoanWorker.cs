using Microsoft.Extensions.Options;
using VetCrm.Worker.Reminders;
using VetCrm.Worker.Scanning;

namespace VetCrm.Worker.Equipment;

/// <summary>Flags overdue equipment loans every interval (deadlines share the reminder settings).</summary>
public sealed class OverdueLoanWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, ILogger<OverdueLoanWorker> logger)
    : PeriodicScan(time, options, logger)
{
    protected override string ScanName => "Overdue loan scan";

    protected override async Task RunScanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OverdueLoanScanner>().ScanAsync(cancellationToken);
    }
}

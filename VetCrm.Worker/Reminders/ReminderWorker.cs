using System.Diagnostics;
using Microsoft.Extensions.Options;
using VetCrm.Worker.Scanning;

namespace VetCrm.Worker.Reminders;

/// <summary>Flags overdue plan reviews every interval, and when an operator asks.</summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, ReminderMetrics metrics, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderWorker> logger)
    : PeriodicScan(time, options, logger)
{
    protected override string ScanName => "Reminder scan";

    protected override Task RunScanAsync(CancellationToken cancellationToken) => ScanOnceAsync(cancellationToken);

    public async Task<ScanResult> ScanOnceAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReminderScanner>().ScanAsync(cancellationToken);
        metrics.Flagged(result.Flagged);
        metrics.ScanCompleted(Stopwatch.GetElapsedTime(started), result.Overdue, result.DueSoon);
        return result;
    }
}

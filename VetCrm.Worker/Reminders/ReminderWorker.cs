using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace VetCrm.Worker.Reminders;

/// <summary>
/// Runs a reminder scan every <see cref="ReminderOptions.ScanInterval"/>, and when an operator asks; a failed scan is
/// logged and retried next time. Scans may overlap: plans are claimed with SKIP LOCKED and flagged once by a unique index.
/// </summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, ReminderMetrics metrics, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval, time);
        do
        {
            try
            {
                await ScanOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Reminder scan failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

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

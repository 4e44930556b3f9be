using Microsoft.Extensions.Options;
using VetCrm.Worker.Reminders;

namespace VetCrm.Worker.Scanning;

/// <summary>
/// Runs a deadline scan every <see cref="ReminderOptions.ScanInterval"/>; a failed scan is logged and retried next time.
/// Scans may overlap (with an operator's, or another worker's): rows are claimed with SKIP LOCKED and flagged once by a unique index.
/// </summary>
public abstract class PeriodicScan(TimeProvider time, IOptions<ReminderOptions> options, ILogger logger) : BackgroundService
{
    /// <summary>What the scan looks for, for the log, e.g. "Reminder scan".</summary>
    protected abstract string ScanName { get; }

    protected abstract Task RunScanAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval, time);
        do
        {
            try
            {
                await RunScanAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "{Scan} failed; retrying at the next interval", ScanName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

using Microsoft.Extensions.Options;
using VetCrm.Worker.Reminders;

namespace VetCrm.Worker.Tasks;

/// <summary>
/// Runs an overdue-task scan every <see cref="ReminderOptions.ScanInterval"/> (deadlines share the reminder settings),
/// and when an operator asks; a failed scan is logged and retried next time.
/// </summary>
public sealed class OverdueTaskWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, ILogger<OverdueTaskWorker> logger)
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
                logger.LogError(exception, "Overdue task scan failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> ScanOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OverdueTaskScanner>().ScanAsync(cancellationToken);
    }
}

using Microsoft.Extensions.Options;
using VetCrm.Worker.Reminders;

namespace VetCrm.Worker.Scanning;

/// <summary>Runs a <typeparamref name="TScanner"/> every interval (deadlines share the reminder settings), each time in a new scope.</summary>
public sealed class DeadlineScan<TScanner>(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, ILogger<DeadlineScan<TScanner>> logger)
    : PeriodicScan(time, options, logger) where TScanner : IDeadlineScanner
{
    protected override string ScanName => TScanner.ScanName;

    protected override async Task RunScanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TScanner>().ScanAsync(cancellationToken);
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VetCrm.Api.Audit;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Auth;

/// <summary>
/// Counts failed logins for names that are no account and writes them to the audit log as one row per interval
/// (with the count per name), so that a flood of guesses cannot flood the audit log.
/// </summary>
public sealed class UnknownLoginTally(IServiceScopeFactory scopes, IOptions<AccountLimits> limits, TimeProvider time, ILogger<UnknownLoginTally> logger) : BackgroundService
{
    private const int MaxNamesPerRow = 200;
    private ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Add(string name) => counts.AddOrUpdate(name.Length > 64 ? name[..64] : name, 1, (_, count) => count + 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(limits.Value.UnknownNameReport, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await ReportAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await ReportAsync(CancellationToken.None);
    }

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        var reported = Interlocked.Exchange(ref counts, new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
        if (reported.IsEmpty) return;
        var total = reported.Values.Sum();
        var names = reported.OrderByDescending(c => c.Value).Take(MaxNamesPerRow).ToDictionary(c => c.Key, c => c.Value);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync(null, AuditActions.LoginFailed, AuditedTypes.User, null,
                $"{total} failed logins for {reported.Count} unknown user names", JsonSerializer.SerializeToDocument(new Dictionary<string, object>
                {
                    ["total"] = total,
                    ["names"] = names,
                }), cancellationToken, actorName: "(unknown names)");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not write {Total} failed logins for unknown names to the audit log", total);
        }
    }
}

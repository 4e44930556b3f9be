using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Notifications;
using VetCrm.Api.Webhooks;
using VetCrm.Data;

namespace VetCrm.Api.Live;

/// <summary>
/// Publishes committed outbox rows to the live channel, oldest first, and marks them sent in the same transaction.
/// Replicas share the work (<c>FOR UPDATE SKIP LOCKED</c>); the SignalR Redis backplane carries each event to the
/// connections on every replica. While Redis is away, sending fails, the batch rolls back and is retried: events
/// wait in PostgreSQL and go out when Redis returns (at least once; clients treat an event as "re-read this").
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, IHubContext<ClinicHub> hub, LiveBackplane backplane, OutboxSignal signal, TimeProvider time, IMeterFactory meters, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private const int BatchSize = 100;
    // Woken when rows are committed (see OutboxSignal); the poll is a safety net, and the fallback while not listening.
    private static readonly TimeSpan SafetyPoll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(200);
    // After a batch, rows committed in the next moment are gathered into one batch; a lone write is still sent as soon as it commits.
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan KeepSent = TimeSpan.FromHours(1);

    private readonly Counter<long> _published = meters.Create("VetCrm.Api").CreateCounter<long>("vetcrm.live.events.published", "{event}", "Live events sent to clients");
    private DateTimeOffset _nextCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await DispatchBatchAsync(stoppingToken);
                await CleanUpAsync(stoppingToken);
                if (sent == 0)
                {
                    await signal.WaitAsync(signal.IsListening ? SafetyPoll : IdleDelay, time, stoppingToken);
                }
                else if (sent < BatchSize)
                {
                    await Task.Delay(GatherWindow, time, stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Live events could not be published, retrying: {Error}", exception.Message);
                await Task.Delay(RetryDelay, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        if (!backplane.IsReady)
        {
            throw new RedisUnavailableException();
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetCrmDbContext>();
        var access = scope.ServiceProvider.GetRequiredService<CaseAccess>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // Marking rows sent (with the notifications and deliveries they derive) need not wait for the disk: a crash
            // that loses this commit loses all of it, and the rows are sent again, as they are after any failure here.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", token);
            var batch = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE dispatched_at IS NULL ORDER BY created_at, id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .AsNoTracking()
                .ToListAsync(token);
            if (batch.Count == 0)
            {
                return 0;
            }
            var groups = await access.LiveAudiencesAsync(batch, token);
            using var sendTimeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            sendTimeout.CancelAfter(SendTimeout);
            // Every send is handed to the backplane before any is awaited: the publishes leave on its one connection in the
            // batch's order, and a burst is not paced by one Redis round trip per event.
            var sends = new List<Task>(batch.Count);
            foreach (var message in batch)
            {
                var liveEvent = new LiveEvent(message.Type, message.EntityType, message.EntityId.ToString(), message.PetId.ToString(), message.CreatedAt);
                sends.Add(hub.Clients.Groups(groups[message.Id]).SendAsync(ClinicHub.EventMethod, liveEvent, sendTimeout.Token));
            }
            await Task.WhenAll(sends);
            var notifications = scope.ServiceProvider.GetRequiredService<NotificationDeriver>();
            var notices = await notifications.DeriveAsync(batch, sendTimeout.Token);
            var now = time.GetUtcNow();
            await WebhookFanOut.AddDeliveriesAsync(db, batch, now, token);
            // One statement marks the whole batch sent.
            var dispatched = batch.Select(m => m.Id).ToList();
            await db.OutboxMessages.Where(m => dispatched.Contains(m.Id)).ExecuteUpdateAsync(set => set.SetProperty(m => m.DispatchedAt, now), token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            await notifications.AnnounceAsync(notices, sendTimeout.Token);
            _published.Add(batch.Count);
            return batch.Count;
        }, cancellationToken);
    }

    private sealed class RedisUnavailableException() : Exception("the Redis backplane is not connected");

    /// <summary>Sent rows are only kept for a while, for inspection; the outbox is not the audit log.</summary>
    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }
        _nextCleanup = now + TimeSpan.FromMinutes(5);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetCrmDbContext>();
        var cutoff = now - KeepSent;
        await db.OutboxMessages.Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

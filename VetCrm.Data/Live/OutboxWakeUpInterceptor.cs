using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Live;

/// <summary>
/// Tells the host's <see cref="IOutboxWakeUp"/> once a save's outbox rows are committed: after the save's own
/// transaction, or after the caller's transaction when the save ran inside one. Announcing from inside the writing
/// transaction (a NOTIFY) would take PostgreSQL's notify lock until that commit is flushed to disk, so every write would
/// wait for the one before it instead of sharing a flush.
/// </summary>
public sealed class OutboxWakeUpInterceptor(IEnumerable<IOutboxWakeUp> wakeUps) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private sealed class Pending;

    private static readonly Pending Marker = new();
    private readonly IOutboxWakeUp[] _wakeUps = [.. wakeUps];
    private readonly ConditionalWeakTable<DbContext, Pending> _unannounced = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) await AnnounceAsync(context, cancellationToken);
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnlessInTransaction(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await AnnounceAsync(context, cancellationToken);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && _wakeUps.Length > 0 && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
            _unannounced.AddOrUpdate(context, Marker);
    }

    private async ValueTask AnnounceAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!_unannounced.Remove(context)) return;
        foreach (var wakeUp in _wakeUps) await wakeUp.RowsCommittedAsync(context, cancellationToken);
    }

    private void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context is { Database.CurrentTransaction: null }) Forget(context);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _unannounced.Remove(context);
    }
}

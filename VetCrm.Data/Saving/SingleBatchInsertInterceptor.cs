using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VetCrm.Data.Saving;

/// <summary>
/// Lets a save that only adds rows go out without BEGIN … COMMIT. PostgreSQL runs one statement batch (one Sync) as one
/// implicit transaction: every row of it is written, or none is. EF's own transaction around such a save only added a
/// round trip (the COMMIT) to every create. Saves that update or delete keep it: EF learns that a versioned row was
/// stale only after its batch has run, and must then be able to roll back what the batch wrote.
/// </summary>
public sealed class SingleBatchInsertInterceptor : SaveChangesInterceptor
{
    // Well under the provider's 1,000 statements a batch (with the audit, outbox and history rows the pipeline adds),
    // so such a save is certain to be one batch.
    private const int MaxRows = 200;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Choose(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Choose(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Choose(DbContext? context)
    {
        if (context is null) return;
        context.Database.AutoTransactionBehavior = context.Database.CurrentTransaction is null && AddsOnly(context)
            ? AutoTransactionBehavior.Never
            : AutoTransactionBehavior.WhenNeeded;
    }

    private static bool AddsOnly(DbContext context)
    {
        var added = 0;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted) return false;
            if (entry.State == EntityState.Added && ++added > MaxRows) return false;
        }
        return added > 0;
    }
}

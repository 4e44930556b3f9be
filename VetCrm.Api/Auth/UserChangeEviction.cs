using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Auth;

/// <summary>
/// Evicts the users a save in this replica changes once it has completed, so this replica's next request sees the change
/// without waiting for the NOTIFY round trip (which still covers the other replicas and every other writer).
/// </summary>
public sealed class UserChangeEviction(ActorCache actors) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Guid[]> _changing = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Evict(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Evict(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Remember(DbContext? context)
    {
        if (context is null) return;
        var changing = context.ChangeTracker.Entries<AppUser>()
            .Where(e => e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.Id)
            .ToArray();
        if (changing.Length > 0) _changing.AddOrUpdate(context, changing);
        else _changing.Remove(context);
    }

    private void Evict(DbContext? context)
    {
        if (context is null || !_changing.TryGetValue(context, out var changed)) return;
        _changing.Remove(context);
        foreach (var userId in changed) actors.Evict(userId);
    }
}

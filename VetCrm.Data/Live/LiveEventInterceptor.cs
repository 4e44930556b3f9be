using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Live;

/// <summary>
/// Adds an <see cref="OutboxMessage"/> for every referral, plan and interaction saved, inside the same SaveChanges
/// (so the same transaction) as the change itself. The API's dispatcher publishes them after commit.
/// </summary>
public sealed class LiveEventInterceptor(TimeProvider time) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var now = time.GetUtcNow();
        var changed = context.ChangeTracker.Entries<ClinicalRecord>()
            .Where(e => e.State is EntityState.Added || (e.State is EntityState.Modified && e.Properties.Any(p => p.IsModified)))
            .ToList();
        foreach (var entry in changed)
        {
            var added = entry.State == EntityState.Added;
            (string Type, Guid PetId, bool AffectsQueue)? message = entry.Entity switch
            {
                Referral referral => (added ? LiveEventTypes.ReferralCreated : LiveEventTypes.ReferralChanged, referral.PetId,
                    ReferralStatuses.Open.Contains(referral.Status)
                    || (!added && ReferralStatuses.Open.Contains((string)entry.Property(nameof(Referral.Status)).OriginalValue!))),
                TreatmentPlan plan => (LiveEventTypes.PlanChanged, plan.PetId, false),
                InteractionLog log when added => (LiveEventTypes.InteractionLogged, log.PetId, false),
                _ => null,
            };
            if (message is { } m)
            {
                context.Add(new OutboxMessage
                {
                    Type = m.Type,
                    EntityType = AuditInterceptor.EntityTypeName(entry.Entity),
                    EntityId = entry.Entity.Id,
                    PetId = m.PetId,
                    AffectsIntakeQueue = m.AffectsQueue,
                    CreatedAt = now,
                });
            }
        }
    }
}

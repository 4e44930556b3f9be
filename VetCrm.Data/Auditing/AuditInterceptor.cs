using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;
using VetCrm.Data.Saving;

namespace VetCrm.Data.Auditing;

/// <summary>
/// Writes, inside the same SaveChanges (hence the same transaction), an audit entry with before/after of each changed
/// field for every clinical record saved. A change that is rolled back leaves no trace; a committed one cannot lack its
/// audit. A status move's reason comes from the status-history row its command adds to the same save.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider time) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var now = TimestampInterceptor.Stored(time.GetUtcNow());
        foreach (var saved in SavedRecord.In(context))
        {
            var record = saved.Record;
            var statusField = saved.Type.Status?.Property;
            var statusChanged = statusField is not null && saved.Changes.ContainsKey(statusField);
            var action = saved.Added ? AuditActions.Create
                : saved.Changes.ContainsKey(nameof(ClinicalRecord.ArchivedAt)) ? AuditActions.Archive
                : statusChanged ? AuditActions.StatusChange
                : AuditActions.Update;
            var reason = statusChanged ? ReasonGiven(context, record.Id) : null;
            context.Add(new AuditEntry
            {
                ActorId = actor.UserId,
                ActorName = actor.UserName,
                Action = action,
                EntityType = saved.Type.Name,
                EntityId = record.Id.ToString(),
                Summary = $"{saved.Type.Name} {action}: {string.Join(", ", saved.Changes.Keys.Select(JsonNamingPolicy.CamelCase.ConvertName))}",
                Metadata = JsonSerializer.SerializeToDocument(AuditValues.Changes(saved.Changes, reason)),
                At = now,
            });
        }
    }

    private static string? ReasonGiven(DbContext context, Guid recordId) =>
        context.ChangeTracker.Entries<StatusChange>()
            .Where(e => e.State == EntityState.Added && e.Entity.EntityId == recordId)
            .Select(e => e.Entity.ChangeReason)
            .LastOrDefault();
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Audit;

/// <summary>Writes the audit entries that are not record changes (those come from the interceptor): logins, reads, role grants.</summary>
public sealed class AuditLog(VetCrmDbContext db, TimeProvider time)
{
    public async Task WriteAsync(Actor? actor, string action, string entityType, Guid? entityId, string summary,
        JsonDocument? metadata, CancellationToken cancellationToken, string? actorName = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = actor?.UserId,
            ActorName = actor?.UserName ?? actorName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId?.ToString(),
            Summary = summary,
            Metadata = metadata,
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A person reading a full case record is audited, so "who looked at this case" can be answered. The entry is its own
    /// transaction, and its commit does not wait for the disk: it records a read, not a clinical change, and only a crash
    /// of the database server within the WAL writer's next flush (a fraction of a second) could lose it. Otherwise every
    /// case page and record opened would wait for a flush.
    /// </summary>
    public async Task RecordReadAsync(Actor actor, string entityType, Guid id, CancellationToken cancellationToken)
    {
        // Inside a caller's transaction the setting below would relax that whole transaction's commit.
        if (db.Database.CurrentTransaction is not null) throw new InvalidOperationException("A read is audited outside any transaction.");
        var entry = new AuditEntry
        {
            ActorId = actor.UserId,
            ActorName = actor.UserName,
            Action = AuditActions.Read,
            EntityType = entityType,
            EntityId = id.ToString(),
            Summary = $"{entityType} read by {actor.UserName}",
            At = time.GetUtcNow(),
        };
        // One batch, one implicit transaction: set_config(…, true) lasts until that transaction's commit.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO audit_entries (id, actor_id, actor_name, action, entity_type, entity_id, summary, at)
            VALUES ({entry.Id}, {entry.ActorId}, {entry.ActorName}, {entry.Action}, {entry.EntityType}, {entry.EntityId}, {entry.Summary}, {entry.At});
            SELECT set_config('synchronous_commit', 'off', true)
            """, cancellationToken);
    }
}

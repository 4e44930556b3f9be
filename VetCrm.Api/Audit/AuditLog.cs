using System.Text.Json;
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

    /// <summary>A person reading a full case record is audited, so "who looked at this case" can be answered.</summary>
    public Task RecordReadAsync(Actor actor, string entityType, Guid id, CancellationToken cancellationToken) =>
        WriteAsync(actor, AuditActions.Read, entityType, id, $"{entityType} read by {actor.UserName}", null, cancellationToken);
}

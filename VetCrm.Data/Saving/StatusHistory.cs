using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Data.Saving;

/// <summary>
/// Adds a status-history row to the save being prepared. Called by whoever moves a status (the API's commands, the
/// demo seeding), so the row carries the reason given with the move and commits with it.
/// </summary>
public static class StatusHistory
{
    public static StatusChange Add(VetCrmDbContext db, RecordType type, Guid recordId, string? from, string to, Guid? changedBy, string? reason, DateTimeOffset at)
    {
        var change = new StatusChange
        {
            EntityType = type.Name,
            EntityId = recordId,
            Field = type.Status?.Field ?? throw new ArgumentException($"A {type.Name} has no status.", nameof(type)),
            FromValue = from,
            ToValue = to,
            ChangedById = changedBy,
            ChangeReason = reason,
            ChangedAt = at,
        };
        db.StatusChanges.Add(change);
        return change;
    }
}

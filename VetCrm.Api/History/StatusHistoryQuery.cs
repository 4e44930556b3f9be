using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.History;

/// <summary>A record's status changes, oldest first, with who, when and why; null when the record is out of reach.</summary>
public static class StatusHistoryQuery
{
    public static async Task<Page<StatusChangeView>?> ReadAsync<TEntity>(VetCrmDbContext db, RecordType type, IQueryable<TEntity> visible, Guid id, CancellationToken cancellationToken)
        where TEntity : ClinicalRecord
    {
        if (!await visible.AnyAsync(e => e.Id == id, cancellationToken)) return null;
        var items = await db.StatusChanges.AsNoTracking()
            .Where(c => c.EntityType == type.Name && c.EntityId == id)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Select(StatusChangeView.Projection)
            .ToListAsync(cancellationToken);
        return new Page<StatusChangeView>(items, null);
    }
}

using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Commands;

/// <summary>Archives a record (admins only); records are never deleted, and archiving twice changes nothing.</summary>
public static class ArchiveCommand
{
    /// <summary>Archives the record and answers it as <paramref name="view"/> shows it to the caller.</summary>
    public static async Task<Outcome<TView>> ArchiveAsync<TEntity, TView>(VetCrmDbContext db, TimeProvider time, RecordType type, IQueryable<TEntity> visible,
        Actor actor, Guid id, Func<TEntity, TView> view, CancellationToken cancellationToken) where TEntity : ClinicalRecord where TView : class
    {
        var record = await visible.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null) return Refusal.NotFound(type.Name);
        if (!CaseAccess.MayArchive(actor)) return Refusal.Forbidden("Only an admin may archive records.");
        if (record.ArchivedAt is not null) return view(record);
        record.ArchivedAt = time.GetUtcNow();
        return await RecordSave.SaveAsync(db, type, cancellationToken) is { } conflict ? conflict : view(record);
    }
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Common;

/// <summary>Reads one record the caller can see, as its view with the caller's actions; a person's read is audited as a case read.</summary>
public static class RecordReads
{
    public static async Task<TView?> GetAsync<TEntity, TView>(IQueryable<TEntity> visible, Guid id, Expression<Func<TEntity, TView>> projection,
        Func<TView, TView> withActions, RecordType type, Actor actor, bool personalRead, AuditLog audit, CancellationToken cancellationToken)
        where TEntity : ClinicalRecord where TView : class
    {
        var view = await visible.Where(e => e.Id == id).Select(projection).FirstOrDefaultAsync(cancellationToken);
        if (view is null) return null;
        if (personalRead) await audit.RecordReadAsync(actor, type.Name, id, cancellationToken);
        return withActions(view);
    }
}

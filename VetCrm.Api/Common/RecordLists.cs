using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Common;

/// <summary>The shared half of every record list: includes, the archived switch, the keyset page in one SQL query, the caller's actions.</summary>
public static class RecordLists
{
    public static async Task<(Page<TView>? Page, FieldErrors Errors)> PageAsync<TEntity, TView>(
        Actor actor, IQueryable<TEntity> visible, IListRequest request, bool? archived, IReadOnlyCollection<string> includable,
        ViewProjections<TEntity, TView> views, ListOrders<TEntity, TView> orders, Func<Actor, TView, TView> withActions,
        CancellationToken cancellationToken, ListSearch<TEntity>? search = null)
        where TEntity : ClinicalRecord where TView : RecordRef
    {
        var errors = new FieldErrors();
        var includes = Includes.Parse(request.Include, includable, errors);
        if (errors.Any) return (null, errors);
        var source = visible.AsNoTracking();
        source = archived == true ? source.Where(e => e.ArchivedAt != null) : source.Where(e => e.ArchivedAt == null);
        var (page, pageErrors) = await orders.PageAsync(source, request, e => e.Id, v => v.Id, views.For(actor, includes), cancellationToken, search);
        return page is null ? (null, pageErrors) : (page with { Items = [.. page.Items.Select(v => withActions(actor, v))] }, pageErrors);
    }
}

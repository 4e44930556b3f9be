using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Scores;

/// <summary>Score types, which every member of staff reads: one by id, and the list by name.</summary>
public sealed class ScoreTypeQueries(VetCrmDbContext db)
{
    private static readonly ListOrders<ScoreType, ScoreTypeView> Orders = new ListOrders<ScoreType, ScoreTypeView>("name")
        .By("name", t => t.Name, v => v.Name)
        .By("code", t => t.Code, v => v.Code)
        .By("createdAt", t => t.CreatedAt, v => v.CreatedAt);

    public async Task<ScoreTypeView?> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        await db.ScoreTypes.AsNoTracking().Where(t => t.Id == id).Select(ScoreTypeView.Projection).FirstOrDefaultAsync(cancellationToken) is { } view
            ? ScoreTypeCommands.WithActions(actor, view) : null;

    public async Task<(Page<ScoreTypeView>? Page, FieldErrors Errors)> ListAsync(Actor actor, ScoreTypeListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("kind", request.Kind, ScoreKinds.All);
        if (check.Failed) return (null, check.Errors);
        var types = db.ScoreTypes.AsNoTracking();
        if (request.Active is { } active) types = types.Where(t => t.Active == active);
        if (request.Kind is { } kind) types = types.Where(t => t.Kind == kind);
        if (request.Code is { } code) types = types.Where(t => t.Code == code);
        var (page, errors) = await Orders.PageAsync(types, request, t => t.Id, v => v.Id, ScoreTypeView.Projection, cancellationToken);
        return page is null ? (null, errors) : (page with { Items = [.. page.Items.Select(v => ScoreTypeCommands.WithActions(actor, v))] }, errors);
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Audit;

public static class AuditEndpoints
{
    private static readonly ListOrders<AuditEntry, AuditEntryView> Orders = new ListOrders<AuditEntry, AuditEntryView>("-at")
        .By("at", a => a.At, v => v.At);

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/audit", ListAsync).WithTags("Audit").RequireAuthorization(Auth.Policies.Admin)
            .WithSummary("The audit log (admin): filter by actor, entityType, entityId, action, from, to").Produces<Page<AuditEntryView>>();
        return routes;
    }

    private static async Task<IResult> ListAsync([AsParameters] AuditListRequest request, VetCrmDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (request.Actor is { } actor) entries = entries.Where(a => a.ActorId == actor);
        if (request.EntityType is { } type) entries = entries.Where(a => a.EntityType == type);
        if (request.EntityId is { } id) entries = entries.Where(a => a.EntityId == id);
        if (request.Action is { } action) entries = entries.Where(a => a.Action == action);
        if (request.From?.ToUniversalTime() is { } from) entries = entries.Where(a => a.At >= from);
        if (request.To?.ToUniversalTime() is { } to) entries = entries.Where(a => a.At < to);
        var (page, errors) = await Orders.PageAsync(entries, request, a => a.Id, v => v.Id, AuditEntryView.Projection, cancellationToken);
        return page is null ? Problems.Validation(errors) : TypedResults.Ok(page);
    }
}

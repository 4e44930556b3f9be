using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Audit;

/// <summary>The audit log with its filters (admin), newest first. HTTP-free, for REST and GraphQL.</summary>
public sealed class AuditQueries(VetCrmDbContext db)
{
    private static readonly ListOrders<AuditEntry, AuditEntryView> Orders = new ListOrders<AuditEntry, AuditEntryView>("-at")
        .By("at", a => a.At, v => v.At);

    public static readonly AuditFilters Filters = new(AuditedTypes.All, AuditActions.All);

    public async Task<(Page<AuditEntryView>? Page, FieldErrors Errors)> ListAsync(AuditListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("entityType", request.EntityType, Filters.EntityTypes);
        check.OptionalChoice("action", request.Action, Filters.Actions);
        if (check.Failed) return (null, check.Errors);
        var entries = db.AuditEntries.AsNoTracking();
        if (request.Actor is { } actor) entries = entries.Where(a => a.ActorId == actor);
        if (request.EntityType is { } type) entries = entries.Where(a => a.EntityType == type);
        if (request.EntityId is { } id) entries = entries.Where(a => a.EntityId == id);
        if (request.Action is { } action) entries = entries.Where(a => a.Action == action);
        if (request.From?.ToUniversalTime() is { } from) entries = entries.Where(a => a.At >= from);
        if (request.To?.ToUniversalTime() is { } to) entries = entries.Where(a => a.At < to);
        return await Orders.PageAsync(entries, request, a => a.Id, v => v.Id, AuditEntryView.Projection, cancellationToken);
    }
}

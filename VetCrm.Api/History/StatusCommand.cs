using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Api.History;

/// <summary>
/// Moves a record to another status with a reason: the record must be in reach (else not found), the caller allowed
/// to move it (else forbidden), decided on the record's current version (else conflict), the move allowed by the record
/// type's workflow (else conflict). The status-history row
/// is written here, in the same save as the move.
/// </summary>
public static class StatusCommand
{
    /// <summary>The move, answered as the record's view for the caller; a refused move leaves nothing tracked.</summary>
    public static async Task<Outcome<TView>> ChangeAsync<TEntity, TView>(VetCrmDbContext db, TimeProvider time, RecordType type, IQueryable<TEntity> visible,
        Actor actor, Guid id, StatusChangeRequest request, Func<TEntity, TView> view, CancellationToken cancellationToken)
        where TEntity : ClinicalRecord where TView : class
    {
        var outcome = await ChangeAsync(db, time, type, visible, actor, id, request, cancellationToken);
        return outcome.Refusal is { } refused ? RecordSave.Discard(db, refused) : view(outcome.Value!);
    }

    private static async Task<Outcome<TEntity>> ChangeAsync<TEntity>(VetCrmDbContext db, TimeProvider time, RecordType type, IQueryable<TEntity> visible,
        Actor actor, Guid id, StatusChangeRequest request, CancellationToken cancellationToken) where TEntity : ClinicalRecord
    {
        var workflow = type.Status!;
        var record = await visible.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null) return Refusal.NotFound(type.Name);
        if (!CaseAccess.MayChangeStatus(actor, type)) return Refusal.Forbidden($"Your role may not change the status of this {type.Name}.");
        var check = new FieldChecks();
        var to = check.Choice("status", request.Status, workflow.Values);
        var reason = check.Required("reason", request.Reason, 1000);
        // The version the move was decided on: a move decided on an older state (someone else moved it meanwhile) is a conflict.
        var version = check.Required("version", request.Version);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (version != record.Version) return RecordSave.Stale(type, record.Version);
        var from = Move(db, time, type, record, to, actor, reason);
        if (from.Refusal is { } refused) return refused;
        return await RecordSave.SaveAsync(db, type, cancellationToken) is { } conflict ? conflict : record;
    }

    /// <summary>Sets the status if the workflow allows the move and adds its history row; the caller saves.</summary>
    public static (string? From, Refusal? Refusal) Move(VetCrmDbContext db, TimeProvider time, RecordType type, ClinicalRecord record, string to, Actor actor, string? reason)
    {
        var workflow = type.Status!;
        var status = db.Entry(record).Property<string>(workflow.Property);
        var from = status.CurrentValue;
        if (workflow.Refusal(type.Name, from, to) is { } refusal) return (from, Refusal.Conflict(refusal, "status"));
        status.CurrentValue = to;
        StatusHistory.Add(db, type, record.Id, from, to, actor.UserId, reason, time.GetUtcNow());
        return (from, null);
    }
}

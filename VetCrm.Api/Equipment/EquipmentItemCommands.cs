using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Equipment;

/// <summary>The hospital's lendable equipment: add, edit (retire with <c>active: false</c>), archive. HTTP-free.</summary>
public sealed class EquipmentItemCommands(VetCrmDbContext db, EquipmentAccess access, TimeProvider time)
{
    private static readonly RecordType Type = RecordTypes.EquipmentItem;

    public async Task<Outcome<EquipmentItemView>> CreateAsync(Actor actor, CreateEquipmentItemRequest request, CancellationToken cancellationToken)
    {
        if (!EquipmentAccess.MayManageItems(actor)) return Refusal.Forbidden("Only admins and coordinators add equipment.");
        var check = new FieldChecks();
        var item = new EquipmentItem
        {
            Name = check.Required("name", request.Name, 200),
            SerialNumber = check.Required("serialNumber", request.SerialNumber, 100),
            Kind = check.Choice("kind", request.Kind, EquipmentKinds.All),
            Notes = check.Optional("notes", request.Notes, 2000),
            Active = request.Active ?? true,
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (await SerialTakenAsync(item, cancellationToken) is { } taken) return taken;
        db.EquipmentItems.Add(item);
        return await EquipmentSave.SaveAsync(db, Type, null, cancellationToken) is { } refused ? refused : await ViewAsync(actor, item.Id, cancellationToken);
    }

    public async Task<Outcome<EquipmentItemView>> PatchAsync(Actor actor, Guid id, PatchEquipmentItemRequest request, CancellationToken cancellationToken)
    {
        var item = await access.Items(actor).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null) return Refusal.NotFound(Type.Name);
        if (!EquipmentAccess.MayManageItems(actor)) return Refusal.Forbidden("Only admins and coordinators edit equipment.");
        if (request.Version is not { } version) return Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
        if (version != item.Version) return RecordSave.Stale(Type, item.Version);
        var check = new FieldChecks();
        if (request.Name.HasValue) item.Name = check.Required("name", request.Name.Value, 200);
        if (request.SerialNumber.HasValue) item.SerialNumber = check.Required("serialNumber", request.SerialNumber.Value, 100);
        if (request.Kind.HasValue) item.Kind = check.Choice("kind", request.Kind.Value, EquipmentKinds.All);
        if (request.Notes.HasValue) item.Notes = check.Optional("notes", request.Notes.Value, 2000);
        if (request.Active.HasValue) item.Active = request.Active.Value ?? check.Missing("active", true);
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        if (await SerialTakenAsync(item, cancellationToken) is { } taken) return RecordSave.Discard(db, taken);
        return await EquipmentSave.SaveAsync(db, Type, null, cancellationToken) is { } refused ? refused : await ViewAsync(actor, item.Id, cancellationToken);
    }

    public async Task<Outcome<EquipmentItemView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (CaseAccess.MayArchive(actor) && await EquipmentSave.HeldAsync(db, id, cancellationToken) is { } held)
            return held with { Detail = "An item that is out or in maintenance cannot be archived: " + held.Detail };
        var outcome = await ArchiveCommand.ArchiveAsync(db, time, Type, access.Items(actor), actor, id, item => item, cancellationToken);
        return outcome.Refusal ?? await ViewAsync(actor, id, cancellationToken);
    }

    /// <summary>An item's view read back: whether it is held comes from its loans, which the tracked item does not carry.</summary>
    private async Task<Outcome<EquipmentItemView>> ViewAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        EquipmentItemQueries.WithActions(actor, await db.EquipmentItems.AsNoTracking().Where(i => i.Id == id).Select(EquipmentItemView.Projection).SingleAsync(cancellationToken));

    private async Task<Refusal?> SerialTakenAsync(EquipmentItem item, CancellationToken cancellationToken) =>
        await db.EquipmentItems.AnyAsync(i => i.SerialNumber == item.SerialNumber && i.Id != item.Id, cancellationToken)
            ? Refusal.Conflict($"Another equipment item already has serial number '{item.SerialNumber}'.", "serialNumber")
            : null;
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VetCrm.Api.Commands;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Equipment;

/// <summary>
/// Saves an equipment change. The database refuses a second loan of a held item (the partial unique index) and a second
/// item with the same serial number; both become conflicts naming the field — for a held item, with the loan that holds
/// it — read after the failed save was rolled back. A concurrent edit is a conflict on the version, as <see cref="RecordSave"/> answers it.
/// </summary>
public static class EquipmentSave
{
    public static async Task<Refusal?> SaveAsync(VetCrmDbContext db, RecordType type, Guid? lentItemId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict($"This {type.Name} was changed by someone else while you saved; read it again and reapply your change.", "version");
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            db.ChangeTracker.Clear();
            if (unique.ConstraintName == EquipmentLoanHolds.ItemHeldIndex && lentItemId is { } itemId)
                return await HeldAsync(db, itemId, cancellationToken) ?? Refusal.Conflict("The item is already out on another loan.", "equipmentItem");
            return Refusal.Conflict("Another equipment item already has this serial number.", "serialNumber");
        }
    }

    /// <summary>The conflict answered when the item is held by a loan (out or in maintenance); null when it is free.</summary>
    public static async Task<Refusal?> HeldAsync(VetCrmDbContext db, Guid itemId, CancellationToken cancellationToken)
    {
        var holder = await db.EquipmentLoans.AsNoTracking()
            .Where(l => l.EquipmentItemId == itemId && LoanStatuses.Holding.Contains(l.Status) && l.ArchivedAt == null)
            .Select(l => new { l.Id, l.Status, l.CheckedOutAt, l.DueBackAt, Item = l.EquipmentItem!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is null) return null;
        var detail = holder.Status == LoanStatuses.Maintenance
            ? $"{holder.Item} is in maintenance (loan {holder.Id}); return it to service before lending it again."
            : string.Create(CultureInfo.InvariantCulture,
                $"{holder.Item} is already out since {holder.CheckedOutAt.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'}, due back {holder.DueBackAt.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'} (loan {holder.Id}).");
        return Refusal.Conflict(detail, "equipmentItem") with
        {
            Extensions = new Dictionary<string, object?>
            {
                ["heldBy"] = new Dictionary<string, object?>
                {
                    ["id"] = holder.Id, ["status"] = holder.Status, ["checkedOutAt"] = holder.CheckedOutAt, ["dueBackAt"] = holder.DueBackAt,
                },
            },
        };
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Data.Saving;

/// <summary>A clinical record in the save being made, with the fields that really change (bookkeeping left out).</summary>
public sealed record SavedRecord(EntityEntry<ClinicalRecord> Entry, RecordType Type, IReadOnlyDictionary<string, (object? Before, object? After)> Changes)
{
    // Server-managed columns: never "changes" in the audit sense.
    private static readonly HashSet<string> Bookkeeping =
        [nameof(ClinicalRecord.Id), nameof(ClinicalRecord.CreatedAt), nameof(ClinicalRecord.UpdatedAt), nameof(ClinicalRecord.Version),
         nameof(ClinicalRecord.CreatedById), nameof(TreatmentPlan.Revision), nameof(Referral.PriorityRank)];

    public ClinicalRecord Record => Entry.Entity;
    public bool Added => Entry.State == EntityState.Added;

    /// <summary>Records added, and records modified in at least one real field (a write of equal values is no change).</summary>
    public static List<SavedRecord> In(DbContext context)
    {
        var saved = new List<SavedRecord>();
        foreach (var entry in context.ChangeTracker.Entries<ClinicalRecord>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var changes = ChangedFields(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            saved.Add(new SavedRecord(entry, RecordTypes.Of(entry.Entity), changes));
        }
        return saved;
    }

    private static Dictionary<string, (object?, object?)> ChangedFields(EntityEntry<ClinicalRecord> entry)
    {
        var changes = new Dictionary<string, (object?, object?)>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Bookkeeping.Contains(name)) continue;
            if (entry.State == EntityState.Added)
            {
                if (property.CurrentValue is not null) changes[name] = (null, property.CurrentValue);
            }
            else if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
            {
                changes[name] = (property.OriginalValue, property.CurrentValue);
            }
        }
        return changes;
    }
}

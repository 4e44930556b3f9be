using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Auditing;

/// <summary>
/// Stamps clinical records and writes, inside the same SaveChanges (hence the same transaction), the audit entry
/// with before/after of each changed field, the status-history row for referral/plan status changes and the
/// plan version snapshot. A change that is rolled back leaves no trace; a committed one cannot lack its audit.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider time) : BeforeSaveInterceptor
{
    /// <summary>
    /// Instants from clients or the clock carry 100 ns ticks and any offset; PostgreSQL keeps whole microseconds in UTC. Cutting them here makes
    /// the saved entity equal what a later read returns, so it can answer for itself after a write.
    /// </summary>
    private static void TruncateToMicroseconds(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is DateTimeOffset value && (value.Offset != TimeSpan.Zero || value.Ticks % 10 != 0))
                property.CurrentValue = Stored(value);
        }
    }

    /// <summary>An instant as timestamptz keeps it: UTC, whole microseconds.</summary>
    private static DateTimeOffset Stored(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10));
    }

    // Server-managed columns: never "changes" in the audit sense.
    private static readonly HashSet<string> Bookkeeping =
        [nameof(ClinicalRecord.Id), nameof(ClinicalRecord.CreatedAt), nameof(ClinicalRecord.UpdatedAt), nameof(ClinicalRecord.Version),
         nameof(ClinicalRecord.CreatedById), nameof(TreatmentPlan.Revision), nameof(Referral.PriorityRank)];

    protected override void BeforeSave(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        // Whole microseconds, as timestamptz stores them, so snapshots and audit values equal what is read back.
        var now = Stored(time.GetUtcNow());
        var entries = context.ChangeTracker.Entries<ClinicalRecord>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        foreach (var entry in entries)
        {
            TruncateToMicroseconds(entry);
            var changes = ChangedFields(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;

            var record = entry.Entity;
            if (entry.State == EntityState.Added)
            {
                // Clients cannot set createdAt (the API treats it as server-managed); seeding and imports may backdate it.
                if (record.CreatedAt == default) record.CreatedAt = now;
                record.UpdatedAt = record.CreatedAt;
                record.CreatedById ??= actor.UserId;
            }
            else
            {
                record.UpdatedAt = now;
            }
            var entityType = EntityTypeName(record);
            var statusField = StatusField(record);
            var statusChanged = statusField is not null && changes.ContainsKey(statusField);
            var action = entry.State == EntityState.Added ? AuditActions.Create
                : changes.ContainsKey(nameof(ClinicalRecord.ArchivedAt)) ? AuditActions.Archive
                : statusChanged ? AuditActions.StatusChange
                : AuditActions.Update;

            if (statusChanged)
            {
                var (before, after) = changes[statusField!];
                context.Add(new StatusChange
                {
                    EntityType = entityType,
                    EntityId = record.Id,
                    Field = JsonNamingPolicy.CamelCase.ConvertName(statusField!),
                    FromValue = before as string,
                    ToValue = (string)after!,
                    ChangedById = actor.UserId,
                    ChangeReason = record.StatusChangeReason,
                    ChangedAt = now,
                });
            }
            if (record is TreatmentPlan plan)
            {
                plan.Revision++;
                context.Add(new TreatmentPlanVersion
                {
                    TreatmentPlanId = plan.Id,
                    VersionNumber = plan.Revision,
                    Snapshot = JsonSerializer.SerializeToDocument(Snapshot(entry)),
                    ChangedFields = changes.Keys.Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray(),
                    SavedById = actor.UserId,
                    SavedAt = now,
                });
            }
            context.Add(new AuditEntry
            {
                ActorId = actor.UserId,
                ActorName = actor.UserName,
                Action = action,
                EntityType = entityType,
                EntityId = record.Id.ToString(),
                Summary = $"{entityType} {action}: {string.Join(", ", changes.Keys.Select(JsonNamingPolicy.CamelCase.ConvertName))}",
                Metadata = JsonSerializer.SerializeToDocument(ChangesMetadata(changes, record.StatusChangeReason)),
                At = now,
            });
        }
    }

    /// <summary>Name of a record type in audit rows and status history (matches the API's record names).</summary>
    public static string EntityTypeName(object record) => record switch
    {
        Pet => "pet",
        Referral => "referral",
        TreatmentPlan => "treatmentPlan",
        InteractionLog => "interactionLog",
        _ => JsonNamingPolicy.CamelCase.ConvertName(record.GetType().Name),
    };

    private static string? StatusField(ClinicalRecord record) => record switch
    {
        Referral => nameof(Referral.Status),
        TreatmentPlan => nameof(TreatmentPlan.PlanStatus),
        _ => null,
    };

    private static Dictionary<string, (object? Before, object? After)> ChangedFields(EntityEntry<ClinicalRecord> entry)
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

    private static JsonObject Snapshot(EntityEntry entry)
    {
        var snapshot = new JsonObject();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name is nameof(ClinicalRecord.Version)) continue;
            snapshot[JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name)] = ToJson(property.CurrentValue);
        }
        return snapshot;
    }

    private static JsonObject ChangesMetadata(Dictionary<string, (object? Before, object? After)> changes, string? reason)
    {
        var fields = new JsonObject();
        foreach (var (name, (before, after)) in changes)
        {
            fields[JsonNamingPolicy.CamelCase.ConvertName(name)] = new JsonObject { ["before"] = ToJson(before), ["after"] = ToJson(after) };
        }
        var metadata = new JsonObject { ["changes"] = fields };
        if (reason is not null) metadata["reason"] = reason;
        return metadata;
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        Guid g => JsonValue.Create(g.ToString()),
        DateTimeOffset d => JsonValue.Create(d.ToString("O")),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd")),
        int i => JsonValue.Create(i),
        _ => JsonValue.Create(value.ToString()),
    };
}

using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Auditing;

namespace VetCrm.Data.Saving;

/// <summary>
/// Stamps clinical records being saved: createdAt, updatedAt and createdBy, and every instant cut to what
/// PostgreSQL's timestamptz keeps (UTC, whole microseconds), so the saved entity equals what a later read returns and
/// the API can answer a write from it without reading it back.
/// </summary>
public sealed class TimestampInterceptor(IAuditActor actor, TimeProvider time) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = Stored(time.GetUtcNow());
        foreach (var saved in SavedRecord.In(context))
        {
            foreach (var property in saved.Entry.Properties)
            {
                if (property.CurrentValue is DateTimeOffset value && (value.Offset != TimeSpan.Zero || value.Ticks % 10 != 0))
                    property.CurrentValue = Stored(value);
            }
            var record = saved.Record;
            if (saved.Added)
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
        }
    }

    /// <summary>An instant as timestamptz keeps it: UTC, whole microseconds.</summary>
    public static DateTimeOffset Stored(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10));
    }
}

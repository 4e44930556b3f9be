using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Data.Live;

/// <summary>
/// Adds an <see cref="OutboxMessage"/> for every record saved whose type raises live events (see
/// <see cref="RecordType"/>), inside the same SaveChanges (so the same transaction) as the change itself. The API's
/// dispatcher publishes them after commit.
/// </summary>
public sealed class LiveEventInterceptor(TimeProvider time) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var now = time.GetUtcNow();
        foreach (var saved in SavedRecord.In(context))
        {
            var type = saved.Type;
            var eventType = saved.Added ? type.CreatedEvent : type.ChangedEvent;
            if (eventType is null) continue;
            context.Add(new OutboxMessage
            {
                Type = eventType,
                EntityType = type.Name,
                EntityId = saved.Record.Id,
                PetId = type.CaseOf(saved.Record),
                AffectsIntakeQueue = type.FeedsIntakeQueue && TouchesIntakeQueue(saved),
                CreatedAt = now,
            });
        }
    }

    /// <summary>The record is in a queue status now, or was before this save.</summary>
    private static bool TouchesIntakeQueue(SavedRecord saved)
    {
        var status = saved.Entry.Property(saved.Type.Status!.Property);
        return IntakeQueue.IsQueueStatus((string?)status.CurrentValue) || (!saved.Added && IntakeQueue.IsQueueStatus((string?)status.OriginalValue));
    }
}

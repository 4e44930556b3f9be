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
            if (eventType is not null) context.Add(Message(saved, eventType, type.FeedsIntakeQueue && TouchesIntakeQueue(saved), now));
            if (type.Assignment is { } assignment && saved.Changes.ContainsKey(assignment.Property)) context.Add(Message(saved, assignment.EventType, false, now));
        }
    }

    private static OutboxMessage Message(SavedRecord saved, string eventType, bool affectsIntakeQueue, DateTimeOffset now) =>
        LiveEvents.About(saved.Type, saved.Record.Id, saved.Type.CaseOf(saved.Record), eventType, now, AlsoHeardBy(saved), affectsIntakeQueue);

    /// <summary>
    /// A participants-only record's participants; otherwise the record's attendee, and whoever a change of attendee or
    /// assignee took it from: a case's reach alone would leave them unaware.
    /// </summary>
    private static Guid[] AlsoHeardBy(SavedRecord saved)
    {
        if (saved.Type.Audience.IsParticipantsOnly) return saved.Type.Audience.ParticipantsOf(saved.Record);
        var people = new HashSet<Guid>();
        if (saved.Type.Attendee is { } attendee && saved.Entry.Property(attendee).CurrentValue is Guid current) people.Add(current);
        foreach (var property in new[] { saved.Type.Attendee, saved.Type.Assignment?.Property }.OfType<string>())
        {
            if (!saved.Added && saved.Changes.TryGetValue(property, out var change) && change.Before is Guid previous) people.Add(previous);
        }
        return [.. people];
    }

    /// <summary>The record is in a queue status now, or was before this save.</summary>
    private static bool TouchesIntakeQueue(SavedRecord saved)
    {
        var status = saved.Entry.Property(saved.Type.Status!.Property);
        return IntakeQueue.IsQueueStatus((string?)status.CurrentValue) || (!saved.Added && IntakeQueue.IsQueueStatus((string?)status.OriginalValue));
    }
}

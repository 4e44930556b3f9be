using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Access;

/// <summary>
/// Message threads follow the case: a staff member reads a thread while it is a participant and reaches the thread's
/// pet (as for interaction logs: a coordinator's own cases, client care every case), so one who loses the case loses
/// the thread at once. Admins read every thread, for oversight, but write only where they take part. Only staff who
/// reach the case can be made participants. Live events of threads and messages go to the participants only.
/// </summary>
public sealed partial class CaseAccess
{
    /// <summary>Pets on whose case the actor may start threads, and which a participant must reach.</summary>
    public IQueryable<Pet> PetsForMessaging(Actor actor) => PetsForInteractions(actor);

    public IQueryable<MessageThread> MessageThreads(Actor actor)
    {
        if (actor.IsAdmin) return db.MessageThreads;
        if (!actor.HasRole) return db.MessageThreads.Where(_ => false);
        var uid = actor.UserId;
        var pets = PetsForMessaging(actor).Select(p => p.Id);
        return db.MessageThreads.Where(t => t.Participants.Any(p => p.UserId == uid) && pets.Contains(t.PetId));
    }

    public IQueryable<Message> Messages(Actor actor)
    {
        var threads = MessageThreads(actor).Select(t => t.Id);
        return db.Messages.Where(m => threads.Contains(m.ThreadId));
    }

    public IQueryable<MessageAttachment> MessageAttachments(Actor actor)
    {
        var messages = Messages(actor).Select(m => m.Id);
        return db.MessageAttachments.Where(a => messages.Contains(a.MessageId));
    }

    private static bool IsThreadEvent(OutboxMessage message) =>
        message.EntityType == RecordTypes.MessageThread.Name || message.EntityType == RecordTypes.Message.Name;

    /// <summary>The participants' user groups for each thread or message event of the batch (entity: the thread or the message).</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<string>>> ThreadAudiencesAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var events = messages.Where(IsThreadEvent).ToList();
        if (events.Count == 0) return [];
        var messageIds = events.Where(m => m.EntityType == RecordTypes.Message.Name).Select(m => m.EntityId).ToArray();
        var threadOfMessage = await db.Messages.AsNoTracking().Where(m => messageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.ThreadId, cancellationToken);
        Guid ThreadOf(OutboxMessage m) => m.EntityType == RecordTypes.Message.Name ? threadOfMessage.GetValueOrDefault(m.EntityId) : m.EntityId;
        var threadIds = events.Select(ThreadOf).Distinct().ToArray();
        var participants = (await db.ThreadParticipants.AsNoTracking().Where(p => threadIds.Contains(p.ThreadId))
            .Select(p => new { p.ThreadId, p.UserId }).ToListAsync(cancellationToken)).ToLookup(p => p.ThreadId, p => p.UserId);
        return events.ToDictionary(m => m.Id, m => (IReadOnlyList<string>)[.. participants[ThreadOf(m)].Select(UserGroup)]);
    }
}

using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Access;

/// <summary>
/// Message threads follow the case: a staff member reads a thread while it is a participant and reaches the thread's
/// pet (as for interaction logs: a coordinator's own cases, client care every case), so one who loses the case loses
/// the thread at once. Admins read every thread, for oversight, but write only where they take part. Only staff who
/// reach the case can be made participants. Live events of threads and messages go to
/// the participants only (see <see cref="RecordTypes.MessageThread"/>).
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
}

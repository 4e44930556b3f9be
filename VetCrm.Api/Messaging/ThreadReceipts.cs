using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Live;
using VetCrm.Data.Records;

namespace VetCrm.Api.Messaging;

/// <summary>
/// The caller's receipts in a thread: delivered when its client fetched the messages, read (and so delivered) when it
/// opened the thread. A change is one save with an outbox event on the thread for its participants, so the senders see it live.
/// </summary>
public sealed class ThreadReceipts(VetCrmDbContext db, TimeProvider time)
{
    /// <returns>Whether any receipt changed.</returns>
    public async Task<bool> MarkAsync(Actor actor, Guid threadId, bool read, CancellationToken cancellationToken)
    {
        var pending = await db.MessageReceipts
            .Where(r => r.RecipientId == actor.UserId && r.Message!.ThreadId == threadId && (read ? r.ReadAt == null : r.DeliveredAt == null))
            .ToListAsync(cancellationToken);
        if (pending.Count == 0) return false;
        var now = time.GetUtcNow();
        foreach (var receipt in pending)
        {
            receipt.DeliveredAt ??= now;
            if (read) receipt.ReadAt = now;
        }
        var thread = await db.MessageThreads.AsNoTracking().Include(t => t.Participants).SingleAsync(t => t.Id == threadId, cancellationToken);
        db.OutboxMessages.Add(LiveEvents.About(RecordTypes.MessageThread, thread, LiveEventTypes.MessageReceipt, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

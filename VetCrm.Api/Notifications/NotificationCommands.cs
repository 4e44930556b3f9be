using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Data;

namespace VetCrm.Api.Notifications;

/// <summary>Marking the caller's own notices read: one, or all at once. Reading twice keeps the first time.</summary>
public sealed class NotificationCommands(VetCrmDbContext db, NotificationQueries queries, TimeProvider time)
{
    public async Task<Outcome<NotificationView>> MarkReadAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var notice = await queries.Mine(actor).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null) return Refusal.NotFound("notification");
        if (notice.ReadAt is null)
        {
            notice.ReadAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        return NotificationView.Of(notice);
    }

    public async Task<NotificationCount> MarkAllReadAsync(Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await queries.Mine(actor).Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return await queries.CountAsync(actor, cancellationToken);
    }
}

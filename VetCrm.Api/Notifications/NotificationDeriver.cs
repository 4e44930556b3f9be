using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Live;
using VetCrm.Api.Tasks;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Notifications;

/// <summary>
/// The one place notices are made: from the outbox events being published, by <see cref="NotificationRules"/>. The
/// notices join the dispatcher's save (one transaction with marking the events sent, so each event notifies once); once
/// that has committed, each recipient's connections hear of theirs, on the recipient's own user group only, so that a
/// recipient who hears of a notice can read it.
/// </summary>
public sealed class NotificationDeriver(VetCrmDbContext db, CaseAccess cases, TaskAccess tasks, IHubContext<ClinicHub> hub, TimeProvider time)
{
    private const int TitleLength = 300;

    private sealed record Recipient(Guid Id, string UserName, string? Role);

    public async Task<IReadOnlyList<Notification>> DeriveAsync(IReadOnlyCollection<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var made = new List<Notification>();
        foreach (var events in batch.GroupBy(m => m.Type))
        {
            if (!NotificationRules.ByEventType.TryGetValue(events.Key, out var rule)) continue;
            var ids = events.Select(m => m.EntityId).Distinct().ToArray();
            // A record may have several recipients (a message's participants).
            var subjects = (await rule.Subjects(db).AsNoTracking().Where(s => ids.Contains(s.EntityId)).ToListAsync(cancellationToken)).ToLookup(s => s.EntityId);
            var reached = await InReachAsync(rule, [.. subjects.SelectMany(s => s)], cancellationToken);
            foreach (var (message, subject) in events.SelectMany(m => subjects[m.EntityId], (m, s) => (m, s)))
            {
                if (!reached.Contains((subject.RecipientId, subject.EntityId))) continue;
                made.Add(new Notification
                {
                    RecipientId = subject.RecipientId,
                    Kind = rule.Kind,
                    Title = subject.Title.Length <= TitleLength ? subject.Title : subject.Title[..(TitleLength - 1)] + "…",
                    EntityType = message.EntityType,
                    EntityId = message.EntityId,
                    PetId = message.PetId,
                    SourceEventId = message.Id,
                    CreatedAt = time.GetUtcNow(),
                });
            }
        }
        db.Notifications.AddRange(made);
        return made;
    }

    /// <summary>Tells each recipient's connections of its new notices, all sends handed to the backplane before any is awaited.</summary>
    public Task AnnounceAsync(IReadOnlyList<Notification> made, CancellationToken cancellationToken) =>
        Task.WhenAll(made.Select(notice => hub.Clients.Group(CaseAccess.UserGroup(notice.RecipientId)).SendAsync(ClinicHub.EventMethod,
            new LiveEvent(LiveEventTypes.NotificationCreated, "notification", notice.Id.ToString(), notice.PetId.ToString(), notice.CreatedAt), cancellationToken)));

    /// <summary>
    /// The (recipient, record) pairs whose recipient is staff (has a role, is not a service account) and sees the record
    /// now: one query for the recipients and one per recipient for its records, however many events the batch holds
    /// (a morning's overdue reviews come as hundreds at once).
    /// </summary>
    private async Task<HashSet<(Guid Recipient, Guid Entity)>> InReachAsync(NotificationRule rule, IReadOnlyCollection<NotificationSubject> subjects, CancellationToken cancellationToken)
    {
        var recipientIds = subjects.Select(s => s.RecipientId).Distinct().ToArray();
        var staff = await db.Users.AsNoTracking().Where(u => recipientIds.Contains(u.Id) && !u.IsSystem && u.Role != null)
            .Select(u => new Recipient(u.Id, u.UserName ?? "", u.Role)).ToListAsync(cancellationToken);
        var reached = new HashSet<(Guid Recipient, Guid Entity)>();
        foreach (var recipient in staff)
        {
            var actor = new Actor(recipient.Id, recipient.UserName, recipient.Role);
            var records = subjects.Where(s => s.RecipientId == recipient.Id).Select(s => s.EntityId).Distinct().ToArray();
            var seen = await rule.Visible(cases, tasks, actor).Where(r => records.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
            reached.UnionWith(seen.Select(id => (recipient.Id, id)));
        }
        return reached;
    }
}

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Messaging;

/// <summary>
/// Reads of threads within the caller's reach: the inbox (unread first, then by latest message, keyset-paged) and one
/// thread with its messages and receipts. A participant fetching a thread marks its messages delivered to them.
/// </summary>
public sealed class ThreadQueries(VetCrmDbContext db, CaseAccess access, ThreadReceipts receipts)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    /// <summary>A thread's place in the inbox (member-initialised, so the keyset filter can be written on it and translated).</summary>
    private sealed class InboxRow
    {
        public Guid Id { get; init; }
        public bool Unread { get; init; }
        public DateTimeOffset LastMessageAt { get; init; }
    }

    public async Task<(Page<ThreadView>? Page, FieldErrors Errors)> ListAsync(Actor actor, ThreadListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        var limit = request.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit) check.Add("limit", $"must be between 1 and {MaxLimit}.");
        InboxRow? after = null;
        if (request.Cursor is { } cursor && (after = ParseCursor(cursor)) is null) check.Add("cursor", "is not a cursor of this list.");
        if (check.Failed) return (null, check.Errors);

        var uid = actor.UserId;
        var threads = access.MessageThreads(actor);
        if (request.Mine == true) threads = threads.Where(t => t.Participants.Any(p => p.UserId == uid));
        if (request.Pet is { } pet) threads = threads.Where(t => t.PetId == pet);
        if (request.Referral is { } referral) threads = threads.Where(t => t.ReferralId == referral);
        var rows = threads.Select(t => new InboxRow
        {
            Id = t.Id,
            Unread = db.MessageReceipts.Any(r => r.RecipientId == uid && r.ReadAt == null && r.Message!.ThreadId == t.Id),
            LastMessageAt = t.Messages.Max(m => (DateTimeOffset?)m.SentAt) ?? t.CreatedAt,
        });
        if (request.Unread == true) rows = rows.Where(r => r.Unread);
        if (after is not null)
        {
            // Keyset over (unread first, latest message first, id): rows strictly after the cursor's row.
            var (unread, last, id) = (after.Unread, after.LastMessageAt, after.Id);
            rows = rows.Where(r => (unread && !r.Unread)
                || (r.Unread == unread && (r.LastMessageAt < last || (r.LastMessageAt == last && r.Id.CompareTo(id) < 0))));
        }
        var page = await rows.OrderByDescending(r => r.Unread).ThenByDescending(r => r.LastMessageAt).ThenByDescending(r => r.Id)
            .Take(limit + 1).ToListAsync(cancellationToken);
        string? next = null;
        if (page.Count > limit)
        {
            page.RemoveAt(limit);
            next = Cursor(page[^1]);
        }
        var views = await ViewsAsync(actor, page.Select(r => r.Id).ToArray(), cancellationToken);
        return (new Page<ThreadView>([.. page.Select(r => views[r.Id])], next), check.Errors);
    }

    /// <summary>One thread with its messages; a participant's fetch marks them delivered (and tells the senders live).</summary>
    public async Task<ThreadView?> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!await access.MessageThreads(actor).AnyAsync(t => t.Id == id, cancellationToken)) return null;
        await receipts.MarkAsync(actor, id, read: false, cancellationToken);
        return await ThreadWithMessagesAsync(actor, id, cancellationToken);
    }

    /// <summary>The thread as the caller sees it now, messages included; the caller must be known to reach it.</summary>
    public async Task<ThreadView> ThreadWithMessagesAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(actor, [id], cancellationToken);
        var messages = await db.Messages.AsNoTracking().Where(m => m.ThreadId == id).OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(MessageProjection).AsSplitQuery().ToListAsync(cancellationToken);
        return views[id] with { Messages = messages };
    }

    public async Task<MessageView> MessageAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Messages.AsNoTracking().Where(m => m.Id == id).Select(MessageProjection).AsSplitQuery().SingleAsync(cancellationToken);

    private static readonly System.Linq.Expressions.Expression<Func<Message, MessageView>> MessageProjection = m => new MessageView(
        m.Id, new RecordRef(m.ThreadId), new ParticipantView(m.SenderId, m.Sender!.UserName!, m.Sender.FullName), m.Body, m.SentAt,
        m.Attachments.OrderBy(a => a.Position).Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.SizeBytes)).ToList(),
        m.Receipts.OrderBy(r => r.Recipient!.FullName).Select(r => new ReceiptView(
            new ParticipantView(r.RecipientId, r.Recipient!.UserName!, r.Recipient.FullName), r.DeliveredAt, r.ReadAt)).ToList());

    private async Task<Dictionary<Guid, ThreadView>> ViewsAsync(Actor actor, Guid[] ids, CancellationToken cancellationToken)
    {
        var uid = actor.UserId;
        var threads = await db.MessageThreads.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new
        {
            t.Id, t.PetId, t.ReferralId, t.Subject, t.CreatedById, t.CreatedAt, t.Version,
            LastMessageAt = t.Messages.Max(m => (DateTimeOffset?)m.SentAt) ?? t.CreatedAt,
            MessageCount = t.Messages.Count,
            UnreadCount = t.Messages.Count(m => m.Receipts.Any(r => r.RecipientId == uid && r.ReadAt == null)),
        }).ToListAsync(cancellationToken);
        var participants = (await db.ThreadParticipants.AsNoTracking().Where(p => ids.Contains(p.ThreadId))
                .OrderBy(p => p.User!.FullName)
                .Select(p => new { p.ThreadId, View = new ParticipantView(p.UserId, p.User!.UserName!, p.User.FullName) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ThreadId, p => p.View);
        return threads.ToDictionary(t => t.Id, t =>
        {
            var members = participants[t.Id].ToList();
            return new ThreadView(t.Id, new RecordRef(t.PetId), t.ReferralId is { } r ? new RecordRef(r) : null, t.Subject, members,
                new RecordRef(t.CreatedById ?? Guid.Empty), t.CreatedAt, t.LastMessageAt, t.MessageCount, t.UnreadCount, t.Version)
            {
                AllowedActions = members.Any(p => p.Id == uid) ? [ThreadActions.SendMessage, ThreadActions.MarkRead] : [],
            };
        });
    }

    private static string Cursor(InboxRow row) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(
        $"{(row.Unread ? 1 : 0)}|{row.LastMessageAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{row.Id:N}"));

    private static InboxRow? ParseCursor(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor)).Split('|');
            return parts.Length == 3 && parts[0] is "0" or "1" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is > 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParseExact(parts[2], "N", out var id)
                ? new InboxRow { Id = id, Unread = parts[0] == "1", LastMessageAt = new DateTimeOffset(ticks, TimeSpan.Zero) }
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

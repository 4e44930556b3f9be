using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Referrals;

/// <summary>Reads of referrals within the caller's reach: one referral (a person's read is audited), lists and the triage queue.</summary>
public sealed class ReferralQueries(CaseAccess access, AuditLog audit)
{
    private static readonly ListOrders<Referral, ReferralView> Orders = new ListOrders<Referral, ReferralView>("-receivedAt")
        .By("receivedAt", r => r.ReceivedAt, v => v.ReceivedAt)
        .By("createdAt", r => r.CreatedAt, v => v.CreatedAt)
        .By("updatedAt", r => r.UpdatedAt, v => v.UpdatedAt)
        .By("referralNumber", r => r.ReferralNumber, v => v.ReferralNumber);

    private static readonly HashSet<string> QueueIncludes = ["pet", "receivedBy"];

    /// <param name="personalRead">A person opened the record (audited); false for a screen refreshing itself after a live event.</param>
    public Task<ReferralView?> GetAsync(Actor actor, Guid id, IReadOnlySet<string> includes, bool personalRead, CancellationToken cancellationToken) =>
        RecordReads.GetAsync(access.Referrals(actor), id, ReferralCommands.Views.For(actor, includes), view => ReferralCommands.WithActions(actor, view), RecordTypes.Referral, actor, personalRead, audit, cancellationToken);

    public async Task<(Page<ReferralView>? Page, FieldErrors Errors)> ListAsync(Actor actor, ReferralListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("status", request.Status, ReferralStatuses.All);
        check.OptionalChoice("priority", request.Priority, ReferralPriorities.All);
        if (check.Failed) return (null, check.Errors);
        var referrals = access.Referrals(actor);
        if (request.Status is { } status) referrals = referrals.Where(r => r.Status == status);
        if (request.Priority is { } priority) referrals = referrals.Where(r => r.Priority == priority);
        if (request.Pet is { } pet) referrals = referrals.Where(r => r.PetId == pet);
        if (request.ReceivedBy is { } receivedBy) referrals = referrals.Where(r => r.ReceivedById == receivedBy);
        if (request.ReferralNumber is { } number) referrals = referrals.Where(r => r.ReferralNumber == number);
        return await RecordLists.PageAsync(actor, referrals, request, request.Archived, ReferralView.Includable, ReferralCommands.Views, Orders,
            ReferralCommands.WithActions, cancellationToken);
    }

    /// <summary>The triage queue, emergency first, then oldest first; keyset over the queue index (priority rank, receivedAt, id), one query with both includes.</summary>
    public async Task<(Page<ReferralView>? Page, FieldErrors Errors)> QueueAsync(Actor actor, QueueRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var limit = request.Limit ?? ListOrders<Referral, ReferralView>.DefaultLimit;
        if (limit is < 1 or > ListOrders<Referral, ReferralView>.MaxLimit)
        {
            errors.Add("limit", $"must be between 1 and {ListOrders<Referral, ReferralView>.MaxLimit}.");
            return (null, errors);
        }
        var queue = access.Referrals(actor).AsNoTracking().Where(IntakeQueue.Contains);
        if (request.Cursor is { } cursor)
        {
            if (!TryReadQueueCursor(cursor, out var rank, out var at, out var id))
            {
                errors.Add("cursor", "is not a cursor of this list.");
                return (null, errors);
            }
            queue = queue.Where(r => r.PriorityRank > rank || (r.PriorityRank == rank && (r.ReceivedAt > at || (r.ReceivedAt == at && r.Id.CompareTo(id) > 0))));
        }
        var rows = await queue.OrderBy(r => r.PriorityRank).ThenBy(r => r.ReceivedAt).ThenBy(r => r.Id).Take(limit + 1)
            .Select(ReferralCommands.Views.For(actor, QueueIncludes))
            .ToListAsync(cancellationToken);
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            var last = rows[^1];
            var lastRank = Array.IndexOf(ReferralPriorities.All, last.Priority); // the same order as the generated priority_rank column
            next = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{lastRank}|{last.ReceivedAt:O}|{last.Id}")));
        }
        return (new Page<ReferralView>([.. rows.Select(r => ReferralCommands.WithActions(actor, r))], next), errors);
    }

    /// <summary>How many referrals wait in the queue per priority, so a screen that shows a page of it can say what the other pages hold.</summary>
    public async Task<QueueCountsView> QueueCountsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var counts = await access.Referrals(actor).Where(IntakeQueue.Contains)
            .GroupBy(r => r.Priority).Select(g => new { Priority = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Priority, c => c.Count, cancellationToken);
        return new QueueCountsView(
            counts.GetValueOrDefault(ReferralPriorities.Emergency), counts.GetValueOrDefault(ReferralPriorities.Urgent), counts.GetValueOrDefault(ReferralPriorities.Routine));
    }

    private static bool TryReadQueueCursor(string cursor, out short rank, out DateTimeOffset at, out Guid id)
    {
        rank = 0; at = default; id = default;
        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor)).Split('|');
            return parts.Length == 3 && short.TryParse(parts[0], CultureInfo.InvariantCulture, out rank)
                && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out at) && Guid.TryParse(parts[2], out id);
        }
        catch (FormatException) { return false; }
    }
}

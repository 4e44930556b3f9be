using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Referrals;

public sealed record ReferralListRequest(
    string? Status, string? Priority, Guid? Pet, Guid? ReceivedBy, string? ReferralNumber, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

public sealed record QueueRequest(int? Limit, string? Cursor);

public static class ReferralEndpoints
{
    private const string StatusOnlyByEndpoint = "changes only through POST /api/referrals/{id}/status, with a reason.";

    public static readonly RecordApi<Referral, ReferralView> Api = new()
    {
        Kind = RecordKind.Referral,
        EntityTypeName = "referral",
        Includable = ReferralView.Includable,
        Fields = new FieldSet<Referral>()
            .Text("referralNumber", 40, required: false, (r, v) => r.ReferralNumber = v ?? "")
            .Reference("pet", required: true, (r, v) => r.PetId = v!.Value, notPatchableReason: "cannot change: a referral stays with its pet.")
            .Text("referringClinic", 200, required: true, (r, v) => r.ReferringClinic = v!)
            .Text("referralReason", 4000, required: true, (r, v) => r.ReferralReason = v!)
            .Choice("status", ReferralStatuses.All, required: false, (r, v) => r.Status = v ?? ReferralStatuses.Received, StatusOnlyByEndpoint)
            .Reference("receivedBy", required: false, (r, v) => { if (v is { } id) r.ReceivedById = id; })
            .Instant("receivedAt", required: false, (r, v) => r.ReceivedAt = v)
            .Choice("priority", ReferralPriorities.All, required: true, (r, v) => r.Priority = v!)
            .ServerManaged("archivedAt"),
        Visible = context => context.Access.Referrals(context.Actor),
        Projection = (_, include) => ReferralView.Projection(include),
        // Sensible defaults (SPEC §1): received now, by whoever records it.
        New = context => new Referral
        {
            ReferralNumber = "", ReferringClinic = "", ReferralReason = "", Priority = "",
            Status = ReferralStatuses.Received, ReceivedAt = context.Time.GetUtcNow(), ReceivedById = context.Actor.UserId,
        },
        CheckReferences = async (context, referral, mode, errors, cancellationToken) =>
        {
            if (mode == WriteMode.Create)
            {
                if (referral.Status != ReferralStatuses.Received)
                    errors.Add("status", $"a new referral starts as '{ReferralStatuses.Received}'; then it {StatusOnlyByEndpoint}");
                if (!await context.Access.Pets(context.Actor).AnyAsync(p => p.Id == referral.PetId, cancellationToken))
                    errors.Add("pet", "no pet with this id is within your reach.");
            }
            if (!await context.Db.Users.AnyAsync(u => u.Id == referral.ReceivedById && u.Role != null, cancellationToken))
                errors.Add("receivedBy", "must reference an existing staff user.");
            if (errors.Any) return;
            // A duplicate number is left to the unique index, which answers 409 naming referralNumber even under a race.
            if (referral.ReferralNumber.Length == 0)
                referral.ReferralNumber = await context.Db.NextReferralNumberAsync(context.Time.GetUtcNow().Year, cancellationToken);
        },
        Status = new StatusRule<Referral>(ReferralStatuses.All, r => r.Status, (r, v) => r.Status = v,
            (from, to) => ReferralStatuses.CanMove(from, to) ? null
                : $"A referral cannot move from '{from}' to '{to}'. From '{from}' it can move to: "
                  + (ReferralStatuses.NextFrom(from) is { Count: > 0 } next ? string.Join(", ", next) : "nothing (it is final)") + "."),
        Orders = new ListOrders<Referral, ReferralView>("-receivedAt")
            .By("receivedAt", r => r.ReceivedAt, v => v.ReceivedAt)
            .By("createdAt", r => r.CreatedAt, v => v.CreatedAt)
            .By("updatedAt", r => r.UpdatedAt, v => v.UpdatedAt)
            .By("referralNumber", r => r.ReferralNumber, v => v.ReferralNumber),
    };

    public static IEndpointRouteBuilder MapReferralEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization(Auth.Policies.Staff);
        group.MapGet("/", ListAsync).WithSummary("Referrals, e.g. ?include=pet,receivedBy&order=-receivedAt").Produces<Page<ReferralView>>().ProducesValidationProblem();
        group.MapGet("/queue", QueueAsync).WithSummary("The triage queue: open referrals, emergency first, then oldest first, with pet and receivedBy")
            .Produces<Page<ReferralView>>().ProducesValidationProblem();
        Api.Map(group);
        return routes;
    }

    private static Task<IResult> ListAsync([AsParameters] ReferralListRequest request, RecordContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (request.Status is { } s && !ReferralStatuses.All.Contains(s)) errors.Add("status", $"'{s}' is not one of: {string.Join(", ", ReferralStatuses.All)}.");
        if (request.Priority is { } p && !ReferralPriorities.All.Contains(p)) errors.Add("priority", $"'{p}' is not one of: {string.Join(", ", ReferralPriorities.All)}.");
        if (errors.Any) return Task.FromResult<IResult>(Problems.Validation(errors));
        return Api.ListAsync(context, request, request.Archived, referrals =>
        {
            if (request.Status is { } status) referrals = referrals.Where(r => r.Status == status);
            if (request.Priority is { } priority) referrals = referrals.Where(r => r.Priority == priority);
            if (request.Pet is { } pet) referrals = referrals.Where(r => r.PetId == pet);
            if (request.ReceivedBy is { } receivedBy) referrals = referrals.Where(r => r.ReceivedById == receivedBy);
            if (request.ReferralNumber is { } number) referrals = referrals.Where(r => r.ReferralNumber == number);
            return referrals;
        }, cancellationToken);
    }

    /// <summary>Keyset over the queue index (priority rank, receivedAt, id); one query with both includes.</summary>
    private static async Task<IResult> QueueAsync([AsParameters] QueueRequest request, RecordContext context, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? ListOrders<Referral, ReferralView>.DefaultLimit;
        if (limit is < 1 or > ListOrders<Referral, ReferralView>.MaxLimit)
            return Problems.Validation("limit", $"must be between 1 and {ListOrders<Referral, ReferralView>.MaxLimit}.");
        var queue = Api.Visible(context).AsNoTracking()
            .Where(r => (r.Status == ReferralStatuses.Received || r.Status == ReferralStatuses.Triaged) && r.ArchivedAt == null);
        if (request.Cursor is { } cursor)
        {
            if (!TryReadQueueCursor(cursor, out var rank, out var at, out var id)) return Problems.Validation("cursor", "is not a cursor of this list.");
            queue = queue.Where(r => r.PriorityRank > rank || (r.PriorityRank == rank && (r.ReceivedAt > at || (r.ReceivedAt == at && r.Id.CompareTo(id) > 0))));
        }
        var rows = await queue.OrderBy(r => r.PriorityRank).ThenBy(r => r.ReceivedAt).ThenBy(r => r.Id).Take(limit + 1)
            .Select(ReferralView.Projection(QueueIncludes))
            .ToListAsync(cancellationToken);
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            var last = rows[^1];
            var lastRank = Array.IndexOf(ReferralPriorities.All, last.Priority); // the same order as the generated priority_rank column
            next = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{lastRank}|{last.ReceivedAt:O}|{last.Id}")));
        }
        return TypedResults.Ok(new Page<ReferralView>(rows, next));
    }

    private static readonly HashSet<string> QueueIncludes = ["pet", "receivedBy"];

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

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Live;
using VetCrm.Data.Records;

namespace VetCrm.Worker.Reminders;

/// <summary>
/// Flags active plans whose nextReviewDate has passed, once per (plan, review date), however many workers run:
/// rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> so workers share the work, and the unique index on
/// reminder_flags decides the race a stale snapshot could still lose. Each batch is one transaction: the flag,
/// the reminder interaction (audited, as the system account) and its live events commit together or not at all.
/// </summary>
public sealed class ReminderScanner(VetCrmDbContext db, SystemAuditActor systemActor, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderScanner> logger)
{
    private sealed record DuePlan(Guid PlanId, Guid PetId, Guid ReferralId, DateOnly ReviewDate, string PlanTitle);

    /// <summary>An overdue plan not flagged for its review date when the scan looked.</summary>
    private sealed record UnflaggedPlan(Guid PlanId, DateOnly ReviewDate);

    /// <summary>A place in the scan's order (review date, then plan id).</summary>
    public readonly record struct ScanPosition(DateOnly ReviewDate, Guid PlanId);

    private readonly record struct BatchResult(int Found, int Flagged, ScanPosition Last);

    /// <summary>Before every plan.</summary>
    public static readonly ScanPosition ScanStart = new(DateOnly.MinValue, Guid.Empty);

    public async Task<ScanResult> ScanAsync(CancellationToken cancellationToken)
    {
        using var activity = ReminderMetrics.ActivitySource.StartActivity("reminder scan");
        var systemUserId = await systemActor.ResolveAsync(db, cancellationToken);
        var today = Today();
        var flagged = 0;
        // Each batch continues after the last plan the one before it found: starting again from the oldest overdue plan
        // would walk past every plan flagged so far, work that grows with the square of the overdue count.
        var after = ScanStart;
        while (await FlagBatchAsync(systemUserId, today, after, cancellationToken) is { Found: > 0 } batch)
        {
            flagged += batch.Flagged;
            after = batch.Last;
        }

        // Both counts read only the partial index on active plans by review date (index-only scans).
        var activePlans = db.TreatmentPlans.Where(p => p.PlanStatus == PlanStatuses.Active && p.ArchivedAt == null);
        var overdue = await activePlans.LongCountAsync(PlanReviews.IsOverdue(today), cancellationToken);
        var dueSoon = await activePlans.LongCountAsync(PlanReviews.IsDueSoon(today, options.Value.DueSoonDays), cancellationToken);
        activity?.SetTag("vetcrm.reminders.flagged", flagged);
        activity?.SetTag("vetcrm.reminders.overdue", overdue);
        if (flagged > 0)
        {
            logger.LogInformation("Flagged {Flagged} overdue plan reviews; {Overdue} overdue, {DueSoon} due within {Days} days", flagged, overdue, dueSoon, options.Value.DueSoonDays);
        }
        return new ScanResult(flagged, overdue, dueSoon);
    }

    /// <summary>
    /// Up to <paramref name="batchSize"/> overdue active plans after <paramref name="after"/> not yet flagged for their
    /// current review date. It reads no table row of a plan: the partial index on active plans by (next_review_date, id)
    /// holds all it needs, and each plan is looked up in reminder_flags' unique index. So a scan that finds nothing new
    /// costs a walk over index entries, not a table page per overdue plan. Public so that the benchmark can EXPLAIN
    /// exactly this query.
    /// </summary>
    public static FormattableString FindUnflaggedPlans(DateOnly today, int batchSize, ScanPosition after) => $"""
        SELECT p.id AS "PlanId", p.next_review_date AS "ReviewDate"
        FROM treatment_plans p
        WHERE p.plan_status = 'active' AND p.archived_at IS NULL AND p.next_review_date < {today}
          AND (p.next_review_date, p.id) > ({after.ReviewDate}, {after.PlanId})
          AND NOT EXISTS (SELECT 1 FROM reminder_flags f WHERE f.treatment_plan_id = p.id AND f.review_date = p.next_review_date)
        ORDER BY p.next_review_date, p.id
        LIMIT {batchSize}
        """;

    /// <summary>
    /// Locks the found plans that are still active with the review date they were found with; a plan locked elsewhere is
    /// skipped (another worker has it, or a person is saving it: a later scan finds it again if it is still due).
    /// </summary>
    private static FormattableString ClaimPlans(UnflaggedPlan[] found) => $"""
        SELECT p.id AS "PlanId", p.pet_id AS "PetId", p.referral_id AS "ReferralId", p.next_review_date AS "ReviewDate", p.plan_title AS "PlanTitle"
        FROM treatment_plans p
        JOIN unnest({found.Select(f => f.PlanId).ToArray()}, {found.Select(f => f.ReviewDate).ToArray()}) AS found(plan_id, review_date)
          ON p.id = found.plan_id AND p.next_review_date = found.review_date
        WHERE p.plan_status = 'active' AND p.archived_at IS NULL
        ORDER BY p.next_review_date, p.id
        FOR UPDATE OF p SKIP LOCKED
        """;

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The retrying execution strategy re-runs the whole batch (its transaction included) on a transient failure.</summary>
    private Task<BatchResult> FlagBatchAsync(Guid systemUserId, DateOnly today, ScanPosition after, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(token => FlagBatchOnceAsync(systemUserId, today, after, token), cancellationToken);

    private async Task<BatchResult> FlagBatchOnceAsync(Guid systemUserId, DateOnly today, ScanPosition after, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Database.SqlQuery<UnflaggedPlan>(FindUnflaggedPlans(today, options.Value.BatchSize, after)).ToArrayAsync(cancellationToken);
        if (found.Length == 0)
        {
            return new BatchResult(0, 0, after);
        }
        var last = new ScanPosition(found[^1].ReviewDate, found[^1].PlanId);
        var due = await db.Database.SqlQuery<DuePlan>(ClaimPlans(found)).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return new BatchResult(found.Length, 0, last);
        }

        var now = time.GetUtcNow();
        var planIds = due.Select(d => d.PlanId).ToArray();
        var reviewDates = due.Select(d => d.ReviewDate).ToArray();
        var won = await db.Database.SqlQuery<Guid>($"""
            INSERT INTO reminder_flags (id, treatment_plan_id, review_date, flagged_at)
            SELECT gen_random_uuid(), plan_id, review_date, {now}
            FROM unnest({planIds}, {reviewDates}) AS claimed(plan_id, review_date)
            ON CONFLICT (treatment_plan_id, review_date) DO NOTHING
            RETURNING treatment_plan_id AS "Value"
            """).ToListAsync(cancellationToken);
        var wonIds = won.ToHashSet();

        foreach (var plan in due.Where(d => wonIds.Contains(d.PlanId)))
        {
            db.InteractionLogs.Add(new InteractionLog
            {
                PetId = plan.PetId,
                ReferralId = plan.ReferralId,
                TreatmentPlanId = plan.PlanId,
                UserId = systemUserId,
                InteractionType = InteractionTypes.Reminder,
                Summary = $"Review of \"{plan.PlanTitle}\" was due on {plan.ReviewDate:yyyy-MM-dd} and is overdue.",
                FollowUpNeeded = true,
                InteractionAt = now,
            });
            db.OutboxMessages.Add(LiveEvents.About(RecordTypes.TreatmentPlan, plan.PlanId, plan.PetId, LiveEventTypes.PlanOverdue, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BatchResult(found.Length, wonIds.Count, last);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using System.Runtime.CompilerServices;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Live;
using VetCrm.Data.Records;
using VetCrm.Worker.Reminders;
using VetCrm.Worker.Scanning;

namespace VetCrm.Worker.Tasks;

/// <summary>
/// Flags unfinished tasks whose attention time (due time, or the end of a later snooze) has passed, once per (task,
/// attention time), however many workers run — the same way <see cref="ReminderScanner"/> flags plan reviews: rows
/// claimed with <c>FOR UPDATE SKIP LOCKED</c>, a unique flag row deciding any race, and per batch one transaction
/// holding the flags and their <c>task.overdue</c> events (from which the assignee's notification is derived).
/// </summary>
public sealed class OverdueTaskScanner(VetCrmDbContext db, TimeProvider time, IOptions<ReminderOptions> options, ILogger<OverdueTaskScanner> logger) : IDeadlineScanner
{
    private sealed record DueTask(Guid TaskId, Guid PetId, DateTimeOffset AttentionAt);

    public static string ScanName => "Overdue task scan";

    /// <returns>How many tasks were flagged.</returns>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        using var activity = ReminderMetrics.ActivitySource.StartActivity("overdue task scan");
        var flagged = 0;
        int batchFlagged;
        do
        {
            batchFlagged = await db.Database.CreateExecutionStrategy().ExecuteAsync(FlagBatchOnceAsync, cancellationToken);
            flagged += batchFlagged;
        }
        while (batchFlagged > 0);
        activity?.SetTag("vetcrm.tasks.flagged", flagged);
        if (flagged > 0) logger.LogInformation("Flagged {Flagged} overdue tasks", flagged);
        return flagged;
    }

    /// <summary>Up to <paramref name="batchSize"/> overdue tasks not yet flagged for their current attention time, read off the partial index of unfinished tasks.</summary>
    public static FormattableString ClaimDueTasks(DateTimeOffset now, int batchSize) => FormattableStringFactory.Create($$"""
        SELECT t.id AS "TaskId", t.pet_id AS "PetId", {{TaskDeadlines.AttentionAtSql("t")}} AS "AttentionAt"
        FROM care_tasks t
        WHERE t.status <> 'done' AND t.archived_at IS NULL AND t.due_at < {0}
          AND {{TaskDeadlines.AttentionAtSql("t")}} < {0}
          AND NOT EXISTS (SELECT 1 FROM task_overdue_flags f WHERE f.care_task_id = t.id AND f.due_at = {{TaskDeadlines.AttentionAtSql("t")}})
        ORDER BY t.due_at, t.id
        LIMIT {1}
        FOR UPDATE OF t SKIP LOCKED
        """, now, batchSize);

    private async Task<int> FlagBatchOnceAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.Database.SqlQuery<DueTask>(ClaimDueTasks(now, options.Value.BatchSize)).ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;

        var taskIds = due.Select(d => d.TaskId).ToArray();
        var attentionTimes = due.Select(d => d.AttentionAt).ToArray();
        var won = (await db.Database.SqlQuery<Guid>($"""
            INSERT INTO task_overdue_flags (id, care_task_id, due_at, flagged_at)
            SELECT gen_random_uuid(), task_id, attention_at, {now}
            FROM unnest({taskIds}, {attentionTimes}) AS claimed(task_id, attention_at)
            ON CONFLICT (care_task_id, due_at) DO NOTHING
            RETURNING care_task_id AS "Value"
            """).ToListAsync(cancellationToken)).ToHashSet();

        foreach (var task in due.Where(d => won.Contains(d.TaskId)))
            db.OutboxMessages.Add(LiveEvents.About(RecordTypes.CareTask, task.TaskId, task.PetId, LiveEventTypes.TaskOverdue, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return won.Count;
    }
}

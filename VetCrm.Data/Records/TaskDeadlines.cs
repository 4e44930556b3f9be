using System.Linq.Expressions;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Records;

/// <summary>
/// When a task is overdue: not done, its due time passed and, while snoozed, the snooze over too. The worker's scan and
/// the staff's lists agree by using these. A task asks for attention at its "attention time" — the due time, or the end
/// of its snooze when that is later — and is flagged once per attention time.
/// </summary>
public static class TaskDeadlines
{
    public const string Overdue = "overdue";
    public static readonly string[] States = [Overdue];

    public static Expression<Func<CareTask, bool>> IsOverdue(DateTimeOffset now) =>
        t => t.Status != TaskStatuses.Done && t.DueAt < now && (t.Status != TaskStatuses.Snoozed || t.SnoozedUntil < now);

    /// <summary>The attention time in SQL over <c>care_tasks</c> aliased <paramref name="alias"/>.</summary>
    public static string AttentionAtSql(string alias) =>
        $"CASE WHEN {alias}.status = '{TaskStatuses.Snoozed}' THEN greatest({alias}.due_at, {alias}.snoozed_until) ELSE {alias}.due_at END";
}

using VetCrm.Data.Entities;
using VetCrm.Data.Saving;

namespace VetCrm.Data.Records;

/// <summary>
/// How a task comes to be, whoever raises it: a person through the API, a follow-up or score-threshold rule, or the
/// worker chasing an overdue loan. It joins the save being prepared together with the history row of its opening status,
/// which names who raised it and why, so both commit or neither does.
/// </summary>
public static class CareTasks
{
    public const int TitleLength = 300;

    /// <summary>
    /// Adds <paramref name="task"/> and its opening status-history row. A title made from other text (a log's summary, an
    /// item's name) is cut to fit with an ellipsis, rather than refused: the rule that raised the task cannot rephrase it.
    /// </summary>
    public static CareTask Open(VetCrmDbContext db, CareTask task, Guid? openedBy, string? reason, DateTimeOffset at)
    {
        if (task.Title.Length > TitleLength) task.Title = task.Title[..(TitleLength - 1)] + "…";
        db.CareTasks.Add(task);
        StatusHistory.Add(db, RecordTypes.CareTask, task.Id, null, task.Status, openedBy, reason, at);
        return task;
    }
}

using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Tasks;

/// <summary>Reads of tasks within the caller's reach: one task (a person's read is audited) and lists.</summary>
public sealed class TaskQueries(TaskAccess access, AuditLog audit, TimeProvider time)
{
    private static readonly ListOrders<CareTask, TaskView> Orders = new ListOrders<CareTask, TaskView>("dueAt")
        .By("dueAt", t => t.DueAt, v => v.DueAt)
        .By("createdAt", t => t.CreatedAt, v => v.CreatedAt)
        .By("updatedAt", t => t.UpdatedAt, v => v.UpdatedAt);

    /// <param name="personalRead">A person opened the record (audited); false for a screen refreshing itself after a live event.</param>
    public Task<TaskView?> GetAsync(Actor actor, Guid id, IReadOnlySet<string> includes, bool personalRead, CancellationToken cancellationToken) =>
        RecordReads.GetAsync(access.Tasks(actor), id, TaskCommands.Views.For(actor, includes), view => TaskCommands.WithActions(actor, view),
            RecordTypes.CareTask, actor, personalRead, audit, cancellationToken);

    public async Task<(Page<TaskView>? Page, FieldErrors Errors)> ListAsync(Actor actor, TaskListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("status", request.Status, TaskStatuses.All);
        check.OptionalChoice("due", request.Due, TaskDeadlines.States);
        if (request.Mine == true && request.Assignee is { } other && other != actor.UserId) check.Add("assignee", "cannot be someone else together with mine=true.");
        if (check.Failed) return (null, check.Errors);
        var tasks = access.Tasks(actor);
        if (request.Pet is { } pet) tasks = tasks.Where(t => t.PetId == pet);
        if (request.Referral is { } referral) tasks = tasks.Where(t => t.ReferralId == referral);
        if (request.SourceInteraction is { } source) tasks = tasks.Where(t => t.SourceInteractionId == source);
        if ((request.Mine == true ? actor.UserId : request.Assignee) is { } assignee) tasks = tasks.Where(t => t.AssigneeId == assignee);
        if (request.Status is { } status) tasks = tasks.Where(t => t.Status == status);
        if (request.Due == TaskDeadlines.Overdue) tasks = tasks.Where(TaskDeadlines.IsOverdue(time.GetUtcNow()));
        if (request.DueBefore?.ToUniversalTime() is { } before) tasks = tasks.Where(t => t.DueAt < before);
        if (request.DueAfter?.ToUniversalTime() is { } after) tasks = tasks.Where(t => t.DueAt >= after);
        return await RecordLists.PageAsync(actor, tasks, request, request.Archived, TaskView.Includable, TaskCommands.Views, Orders,
            TaskCommands.WithActions, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Tasks;

/// <summary>Changes to tasks: create, patch, reassign, done, snooze, reopen, archive. HTTP-free: any interface calls these with the caller.</summary>
public sealed class TaskCommands(VetCrmDbContext db, TaskAccess access, TimeProvider time, IOptions<TaskOptions> options)
{
    private static readonly RecordType Type = RecordTypes.CareTask;

    public static readonly ViewProjections<CareTask, TaskView> Views =
        new((actor, include) => TaskView.Projection(CaseAccess.ReadableIncludes(actor, include)));

    public async Task<Outcome<TaskView>> CreateAsync(Actor actor, CreateTaskRequest request, CancellationToken cancellationToken)
    {
        if (!TaskAccess.MayWork(actor)) return Refusal.Forbidden("Your role may not create tasks.");
        var check = new FieldChecks();
        var task = new CareTask
        {
            PetId = check.Reference("pet", request.Pet?.Id),
            ReferralId = request.Referral?.Id,
            Title = check.Required("title", request.Title, CareTasks.TitleLength),
            AssigneeId = request.Assignee?.Id ?? actor.UserId,
            DueAt = request.DueAt ?? time.GetUtcNow() + options.Value.DefaultDue,
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (!await access.Pets(actor).AnyAsync(p => p.Id == task.PetId, cancellationToken))
            check.Add("pet", "no pet with this id is within your reach (coordinators work tasks on their own cases).");
        else await CheckReferencesAsync(task, check, cancellationToken);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        CareTasks.Open(db, task, actor.UserId, null, time.GetUtcNow());
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, task);
    }

    public async Task<Outcome<TaskView>> PatchAsync(Actor actor, Guid id, PatchTaskRequest request, CancellationToken cancellationToken)
    {
        var (task, refusal) = await FindForChangeAsync(actor, id, request.Version, cancellationToken);
        if (refusal is not null) return refusal;
        var check = new FieldChecks();
        if (request.Title.HasValue) task!.Title = check.Required("title", request.Title.Value, CareTasks.TitleLength);
        if (request.DueAt.HasValue) task!.DueAt = check.Required("dueAt", request.DueAt.Value);
        if (request.Referral.HasValue) task!.ReferralId = request.Referral.Value?.Id;
        if (request.Assignee.HasValue)
        {
            if (request.Assignee.Value is not { } assignee) check.Add("assignee", "is required: a task always has someone to do it.");
            else if (assignee.Id != task!.AssigneeId && task.Status == TaskStatuses.Done)
                return RecordSave.Discard(db, Refusal.Conflict("A done task cannot be reassigned; reopen it first.", "assignee"));
            else task.AssigneeId = assignee.Id;
        }
        if (!check.Failed) await CheckReferencesAsync(task!, check, cancellationToken);
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, task!);
    }

    public Task<Outcome<TaskView>> ReassignAsync(Actor actor, Guid id, ReassignTaskRequest request, CancellationToken cancellationToken) =>
        PatchAsync(actor, id, new PatchTaskRequest(request.Version, default, default, request.Assignee, default), cancellationToken);

    public Task<Outcome<TaskView>> CompleteAsync(Actor actor, Guid id, CompleteTaskRequest request, CancellationToken cancellationToken) =>
        ChangeStatusAsync(actor, id, new TaskStatusRequest(TaskStatuses.Done, request.Version, null, request.Reason), cancellationToken);

    public Task<Outcome<TaskView>> SnoozeAsync(Actor actor, Guid id, SnoozeTaskRequest request, CancellationToken cancellationToken) =>
        request.Until is null ? Task.FromResult<Outcome<TaskView>>(Refusal.Invalid("until", "is required: the time the task asks for attention again."))
            : ChangeStatusAsync(actor, id, new TaskStatusRequest(TaskStatuses.Snoozed, request.Version, request.Until, request.Reason), cancellationToken);

    /// <summary>Moves the task along its workflow: done records when and by whom, snoozed until when; reopening clears both.</summary>
    public async Task<Outcome<TaskView>> ChangeStatusAsync(Actor actor, Guid id, TaskStatusRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        var to = check.Choice("status", request.Status, TaskStatuses.All);
        var reason = check.Optional("reason", request.Reason, 1000);
        var now = time.GetUtcNow();
        if (to == TaskStatuses.Snoozed && request.SnoozedUntil is not { } until) check.Add("snoozedUntil", "is required to snooze: the time the task asks for attention again.");
        else if (to == TaskStatuses.Snoozed && request.SnoozedUntil <= now) check.Add("snoozedUntil", "must be in the future.");
        else if (to != TaskStatuses.Snoozed && request.SnoozedUntil is not null) check.Add("snoozedUntil", "goes only with status 'snoozed'.");
        var (task, refusal) = await FindForChangeAsync(actor, id, request.Version, cancellationToken);
        if (refusal is not null) return refusal;
        if (check.Failed) return Refusal.Invalid(check.Errors);
        var (_, illegal) = StatusCommand.Move(db, time, Type, task!, to, actor, reason);
        if (illegal is not null) return RecordSave.Discard(db, illegal);
        task!.SnoozedUntil = to == TaskStatuses.Snoozed ? request.SnoozedUntil : null;
        task.CompletedAt = to == TaskStatuses.Done ? now : null;
        task.CompletedById = to == TaskStatuses.Done ? actor.UserId : null;
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, task);
    }

    public Task<Outcome<TaskView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ArchiveCommand.ArchiveAsync(db, time, Type, access.Tasks(actor), actor, id, t => ViewOf(actor, t), cancellationToken);

    public static TaskView WithActions(Actor actor, TaskView view) =>
        view with { AllowedActions = TaskAccess.Allowed(actor, view.Status), NextStatuses = TaskAccess.NextStatuses(actor, view.Status) };

    private static TaskView ViewOf(Actor actor, CareTask task) => WithActions(actor, Views.Of(actor, task));

    /// <summary>The task to change: in reach (else not found), the caller allowed (else forbidden), the version sent and current (else invalid or conflict).</summary>
    private async Task<(CareTask? Task, Refusal? Refusal)> FindForChangeAsync(Actor actor, Guid id, uint? version, CancellationToken cancellationToken)
    {
        var task = await access.Tasks(actor).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null) return (null, Refusal.NotFound(Type.Name));
        if (!TaskAccess.MayWork(actor)) return (null, Refusal.Forbidden("Your role may not change tasks."));
        if (version is not { } sent) return (null, Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten."));
        if (sent != task.Version) return (null, RecordSave.Stale(Type, task.Version));
        return (task, null);
    }

    private async Task CheckReferencesAsync(CareTask task, FieldChecks check, CancellationToken cancellationToken)
    {
        if (task.ReferralId is { } referral && !await db.Referrals.AnyAsync(r => r.Id == referral && r.PetId == task.PetId, cancellationToken))
            check.Add("referral", "must be a referral of this task's pet.");
        if (!await access.MayBeAssignedAsync(task.AssigneeId, task.PetId, cancellationToken))
            check.Add("assignee", "must be a staff member who can see this pet's case.");
    }
}

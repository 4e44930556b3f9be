using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.UnitTests;

public sealed class TaskWorkflowTests
{
    private static readonly StatusWorkflow Workflow = RecordTypes.CareTask.Status!;
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_task_is_snoozed_or_done_from_open_picked_up_again_from_snoozed_and_only_reopened_from_done()
    {
        Assert.Equal(["snoozed", "done"], Workflow.NextFrom("open"));
        Assert.Equal(["open", "done"], Workflow.NextFrom("snoozed"));
        Assert.Equal(["open"], Workflow.NextFrom("done"));
        Assert.Equal("The task is already 'done'.", Workflow.Refusal("task", "done", "done"));
        Assert.Contains("can move to: open", Workflow.Refusal("task", "done", "snoozed"));
    }

    [Theory]
    [InlineData("open", -1, null, true)]
    [InlineData("open", 1, null, false)]
    [InlineData("done", -1, null, false)]
    [InlineData("snoozed", -1, 2, false)]
    [InlineData("snoozed", -3, -1, true)]
    [InlineData("snoozed", 2, -1, false)]
    public void A_task_is_overdue_when_not_done_and_past_its_due_time_and_any_snooze(string status, int dueInHours, int? snoozedForHours, bool overdue)
    {
        var task = new CareTask
        {
            Title = "Call the owner", Status = status, DueAt = Now.AddHours(dueInHours),
            SnoozedUntil = snoozedForHours is { } hours ? Now.AddHours(hours) : null,
        };
        Assert.Equal(overdue, TaskDeadlines.IsOverdue(Now).Compile()(task));
    }

    [Fact]
    public void Tasks_announce_changes_and_who_they_are_assigned_to_as_pets_do_their_specialist()
    {
        Assert.Equal((LiveEventTypes.TaskCreated, LiveEventTypes.TaskChanged), (RecordTypes.CareTask.CreatedEvent, RecordTypes.CareTask.ChangedEvent));
        Assert.Equal(new AssignmentEvent(nameof(CareTask.AssigneeId), LiveEventTypes.TaskAssigned), RecordTypes.CareTask.Assignment);
        Assert.Equal(new AssignmentEvent(nameof(Pet.AssignedSpecialistId), LiveEventTypes.CaseAssigned), RecordTypes.Pet.Assignment);
    }
}

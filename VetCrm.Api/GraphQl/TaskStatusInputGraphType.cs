using VetCrm.Data.Entities;

namespace VetCrm.Api.GraphQl;

public sealed class TaskStatusInputGraphType : RequestInputGraphType
{
    public TaskStatusInputGraphType()
    {
        Name = "TaskStatusInput";
        Description = "A move of a task: open, snoozed (with snoozedUntil) or done, with the version last read; the reason is optional.";
        Field<WorkflowStatusGraphType<CareTask>>("status");
        Version();
        Instant("snoozedUntil");
        Text("reason");
    }
}

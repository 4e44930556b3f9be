namespace VetCrm.Api.GraphQl;

public sealed class UpdateTaskInputGraphType : RequestInputGraphType
{
    public UpdateTaskInputGraphType()
    {
        Name = "UpdateTaskInput";
        Description = "The fields of a task to change, with the version last read; its status moves with changeTaskStatus, completeTask or snoozeTask.";
        Version();
        Text("title");
        Instant("dueAt");
        Reference("assignee");
        Reference("referral");
    }
}

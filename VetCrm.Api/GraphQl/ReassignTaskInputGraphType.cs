namespace VetCrm.Api.GraphQl;

public sealed class ReassignTaskInputGraphType : RequestInputGraphType
{
    public ReassignTaskInputGraphType()
    {
        Name = "ReassignTaskInput";
        Description = "Give a task to another staff member who can see its case, with the version last read.";
        Version();
        Reference("assignee");
    }
}

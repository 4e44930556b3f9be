namespace VetCrm.Api.GraphQl;

public sealed class CompleteTaskInputGraphType : RequestInputGraphType
{
    public CompleteTaskInputGraphType()
    {
        Name = "CompleteTaskInput";
        Description = "Mark a task done, with the version last read.";
        Version();
        Text("reason");
    }
}

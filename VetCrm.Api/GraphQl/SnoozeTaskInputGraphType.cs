namespace VetCrm.Api.GraphQl;

public sealed class SnoozeTaskInputGraphType : RequestInputGraphType
{
    public SnoozeTaskInputGraphType()
    {
        Name = "SnoozeTaskInput";
        Description = "Put a task off until a later time, with the version last read.";
        Version();
        Instant("until");
        Text("reason");
    }
}

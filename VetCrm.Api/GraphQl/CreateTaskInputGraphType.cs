namespace VetCrm.Api.GraphQl;

public sealed class CreateTaskInputGraphType : RequestInputGraphType
{
    public CreateTaskInputGraphType()
    {
        Name = "CreateTaskInput";
        Description = "A task on a pet's case: pet and title are required; assignee defaults to you, dueAt to the configured default from now.";
        Reference("pet");
        Reference("referral");
        Text("title");
        Reference("assignee");
        Instant("dueAt");
    }
}

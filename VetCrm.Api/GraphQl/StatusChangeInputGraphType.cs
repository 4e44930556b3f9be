namespace VetCrm.Api.GraphQl;

public sealed class StatusChangeInputGraphType : RequestInputGraphType
{
    public StatusChangeInputGraphType()
    {
        Name = "StatusChangeInput";
        Description = "A status move and why; with version, a concurrent change is refused (CONFLICT).";
        Text("status");
        Text("reason", "Required; kept in the status history.");
        Version();
    }
}

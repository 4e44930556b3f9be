namespace VetCrm.Api.GraphQl;

public sealed class UpdateInteractionInputGraphType : RequestInputGraphType
{
    public UpdateInteractionInputGraphType()
    {
        Name = "UpdateInteractionInput";
        Description = "The fields of a log to change, with the version last read; a log stays on its pet's timeline.";
        Version();
        Reference("referral");
        Reference("treatmentPlan");
        Reference("user");
        Text("interactionType", "call, consult, note, email or reminder.");
        Text("summary");
        Flag("followUpNeeded");
        Instant("interactionAt");
    }
}

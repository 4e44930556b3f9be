namespace VetCrm.Api.GraphQl;

public sealed class CreateInteractionInputGraphType : RequestInputGraphType
{
    public CreateInteractionInputGraphType()
    {
        Name = "CreateInteractionInput";
        Description = "A timeline entry: pet, interactionType, summary and followUpNeeded are required; user defaults to you, interactionAt to now.";
        Reference("pet");
        Reference("referral");
        Reference("treatmentPlan");
        Reference("user");
        Text("interactionType", "call, consult, note, email or reminder.");
        Text("summary");
        Flag("followUpNeeded");
        Instant("interactionAt");
    }
}

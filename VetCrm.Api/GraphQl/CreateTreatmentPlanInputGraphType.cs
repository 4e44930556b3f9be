namespace VetCrm.Api.GraphQl;

public sealed class CreateTreatmentPlanInputGraphType : RequestInputGraphType
{
    public CreateTreatmentPlanInputGraphType()
    {
        Name = "CreateTreatmentPlanInput";
        Description = "A new plan: planTitle, pet, referral (of that pet), diagnosisNotes and clientInstructions are required; planStatus defaults to draft.";
        Text("planTitle");
        Reference("pet");
        Reference("referral");
        Text("diagnosisNotes");
        Text("planStatus", "draft, active, onHold, completed or cancelled.");
        Date("nextReviewDate");
        Text("medicationNotes");
        Text("clientInstructions");
    }
}

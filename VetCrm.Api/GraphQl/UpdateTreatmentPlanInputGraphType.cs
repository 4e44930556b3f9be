namespace VetCrm.Api.GraphQl;

public sealed class UpdateTreatmentPlanInputGraphType : RequestInputGraphType
{
    public UpdateTreatmentPlanInputGraphType()
    {
        Name = "UpdateTreatmentPlanInput";
        Description = "The fields of a plan to change, with the version last read; every save keeps a version.";
        Version();
        Text("planTitle");
        Text("diagnosisNotes");
        Text("planStatus", "draft, active, onHold, completed or cancelled.");
        Date("nextReviewDate");
        Text("medicationNotes");
        Text("clientInstructions");
    }
}

namespace VetCrm.Api.GraphQl;

public sealed class UpdatePetInputGraphType : RequestInputGraphType
{
    public UpdatePetInputGraphType()
    {
        Name = "UpdatePetInput";
        Description = "The fields of a pet to change, with the version last read.";
        Version();
        Text("petName");
        Text("species");
        Text("breed");
        Date("dateOfBirth");
        Text("medicalHistorySummary");
        Text("ownerName");
        Text("ownerPhone");
        Text("primaryVetClinic");
        Reference("assignedSpecialist");
    }
}

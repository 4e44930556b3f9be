namespace VetCrm.Api.GraphQl;

public sealed class CreatePetInputGraphType : RequestInputGraphType
{
    public CreatePetInputGraphType()
    {
        Name = "CreatePetInput";
        Description = "A new pet: petName, species, medicalHistorySummary, ownerName, ownerPhone and assignedSpecialist are required.";
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

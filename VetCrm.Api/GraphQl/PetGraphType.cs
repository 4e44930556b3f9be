using GraphQL.Types;
using VetCrm.Api.Pets;

namespace VetCrm.Api.GraphQl;

public sealed class PetGraphType : ObjectGraphType<PetView>
{
    public PetGraphType()
    {
        Name = "Pet";
        Description = "A patient referred to the hospital.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.PetName);
        Field(p => p.Species);
        Field(p => p.Breed, nullable: true);
        Field(p => p.DateOfBirth, nullable: true);
        Field(p => p.MedicalHistorySummary);
        Field(p => p.OwnerName);
        Field(p => p.OwnerPhone);
        Field(p => p.PrimaryVetClinic, nullable: true);
        this.UserReference("assignedSpecialist", p => p.AssignedSpecialist);
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
        Field(p => p.ArchivedAt, nullable: true);
        Field(p => p.Version).Description("Send it back with an update: a stale version is refused (CONFLICT).");
        this.AllowedActions(p => p.AllowedActions);
    }
}

namespace VetCrm.Api.Tasks;

public enum FollowUpAssignee
{
    /// <summary>The pet's assigned specialist, who owns the case.</summary>
    PetSpecialist,
    /// <summary>Whoever logged the interaction.</summary>
    Creator,
}

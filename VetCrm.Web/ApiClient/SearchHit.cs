namespace VetCrm.Web.ApiClient;

/// <summary>A pet found by the header search: identity and owner contact; <see cref="CaseOpen"/> says whether its case opens for this user.</summary>
public sealed record SearchHit
{
    public Guid Id { get; init; }
    public string PetName { get; init; } = "";
    public string Species { get; init; } = "";
    public string? Breed { get; init; }
    public string OwnerName { get; init; } = "";
    public string OwnerPhone { get; init; } = "";
    public string? PrimaryVetClinic { get; init; }
    public StaffUser? AssignedSpecialist { get; init; }
    public string? MatchedReferralNumber { get; init; }
    public bool CaseOpen { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    /// <summary>The hit as the pet record it identifies, with only what a search tells.</summary>
    public Pet AsPet() => new()
    {
        Id = Id, PetName = PetName, Species = Species, Breed = Breed, OwnerName = OwnerName, OwnerPhone = OwnerPhone,
        PrimaryVetClinic = PrimaryVetClinic, AssignedSpecialist = AssignedSpecialist,
    };
}

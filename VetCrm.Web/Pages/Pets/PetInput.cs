using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Pets;

/// <summary>The pet and owner form, shared by the new-pet and edit pages.</summary>
public sealed class PetInput
{
    public string? PetName { get; set; }
    public string? Species { get; set; }
    public string? Breed { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? MedicalHistorySummary { get; set; }
    public string? OwnerName { get; set; }
    public string? OwnerPhone { get; set; }
    public string? PrimaryVetClinic { get; set; }
    public Guid? AssignedSpecialist { get; set; }
    /// <summary>The version the form was filled from (edit only).</summary>
    public uint Version { get; set; }

    public static PetInput From(Pet pet) => new()
    {
        PetName = pet.PetName, Species = pet.Species, Breed = pet.Breed, DateOfBirth = pet.DateOfBirth, MedicalHistorySummary = pet.MedicalHistorySummary,
        OwnerName = pet.OwnerName, OwnerPhone = pet.OwnerPhone, PrimaryVetClinic = pet.PrimaryVetClinic, AssignedSpecialist = pet.AssignedSpecialist?.Id,
        Version = pet.Version,
    };

    public PetWrite ToWrite() => new(PetName, Species, Breed, DateOfBirth, MedicalHistorySummary, OwnerName, OwnerPhone, PrimaryVetClinic, Specialist);

    public PetPatch ToPatch() => new(PetName, Species, Breed, DateOfBirth, MedicalHistorySummary, OwnerName, OwnerPhone, PrimaryVetClinic, Specialist, Version);

    private IdRef? Specialist => AssignedSpecialist is { } id ? new IdRef(id) : null;
}

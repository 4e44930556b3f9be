namespace VetCrm.Web.ApiClient;

/// <summary>Every field of a pet as the edit form sends it, with the version it was read at (a stale one is refused).</summary>
public sealed record PetPatch(
    string? PetName, string? Species, string? Breed, DateOnly? DateOfBirth, string? MedicalHistorySummary,
    string? OwnerName, string? OwnerPhone, string? PrimaryVetClinic, IdRef? AssignedSpecialist, uint Version);

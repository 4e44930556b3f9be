namespace VetCrm.Web.ApiClient;

public sealed record PetWrite(
    string? PetName, string? Species, string? Breed, DateOnly? DateOfBirth, string? MedicalHistorySummary,
    string? OwnerName, string? OwnerPhone, string? PrimaryVetClinic, IdRef? AssignedSpecialist);

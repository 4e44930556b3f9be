using VetCrm.Api.Common;

namespace VetCrm.Api.Pets;

public sealed record CreatePetRequest(
    string? PetName, string? Species, string? Breed, DateOnly? DateOfBirth, string? MedicalHistorySummary,
    string? OwnerName, string? OwnerPhone, string? PrimaryVetClinic, RecordRef? AssignedSpecialist);

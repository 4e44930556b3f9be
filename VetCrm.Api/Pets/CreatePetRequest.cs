using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Common;

namespace VetCrm.Api.Pets;

/// <summary>A new pet. The annotations describe the contract in the OpenAPI document; <c>PetCommands</c> enforces it.</summary>
public sealed record CreatePetRequest(
    [property: Required, MaxLength(100)] string? PetName,
    [property: Required, MaxLength(50)] string? Species,
    [property: MaxLength(100)] string? Breed,
    DateOnly? DateOfBirth,
    [property: Required, MaxLength(4000)] string? MedicalHistorySummary,
    [property: Required, MaxLength(200)] string? OwnerName,
    [property: Required, MaxLength(40)] string? OwnerPhone,
    [property: MaxLength(200)] string? PrimaryVetClinic,
    [property: Required] RecordRef? AssignedSpecialist);

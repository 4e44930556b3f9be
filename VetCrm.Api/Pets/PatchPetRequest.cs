using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Pets;

/// <summary>
/// The fields to change; <c>version</c> is the one last read, so a concurrent edit is not overwritten. A field marked
/// required may be left out but not cleared.
/// </summary>
public sealed record PatchPetRequest(
    [property: Required] uint? Version,
    [property: Required, MaxLength(100)] Optional<string?> PetName,
    [property: Required, MaxLength(50)] Optional<string?> Species,
    [property: MaxLength(100)] Optional<string?> Breed,
    Optional<DateOnly?> DateOfBirth,
    [property: Required, MaxLength(4000)] Optional<string?> MedicalHistorySummary,
    [property: Required, MaxLength(200)] Optional<string?> OwnerName,
    [property: Required, MaxLength(40)] Optional<string?> OwnerPhone,
    [property: MaxLength(200)] Optional<string?> PrimaryVetClinic,
    [property: Required] Optional<RecordRef?> AssignedSpecialist);

using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Pets;

/// <summary>The fields to change; <c>version</c> is the one last read, so a concurrent edit is not overwritten.</summary>
public sealed record PatchPetRequest(
    uint? Version, Optional<string?> PetName, Optional<string?> Species, Optional<string?> Breed, Optional<DateOnly?> DateOfBirth,
    Optional<string?> MedicalHistorySummary, Optional<string?> OwnerName, Optional<string?> OwnerPhone, Optional<string?> PrimaryVetClinic,
    Optional<RecordRef?> AssignedSpecialist);

using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Pets;

/// <summary>Changes to pets: create, patch, archive. HTTP-free: any interface calls these with the caller.</summary>
public sealed class PetCommands(VetCrmDbContext db, CaseAccess access, TimeProvider time)
{
    private static readonly RecordType Type = RecordTypes.Pet;

    public static readonly ViewProjections<Pet, PetView> Views = new((_, include) => PetView.Projection(include));

    public async Task<Outcome<PetView>> CreateAsync(Actor actor, CreatePetRequest request, CancellationToken cancellationToken)
    {
        if (!CaseAccess.MayCreate(actor, Type)) return Refusal.Forbidden("Your role may not create a pet.");
        var check = new FieldChecks();
        var pet = new Pet
        {
            PetName = check.Required("petName", request.PetName, 100),
            Species = check.Required("species", request.Species, 50),
            Breed = check.Optional("breed", request.Breed, 100),
            DateOfBirth = request.DateOfBirth,
            MedicalHistorySummary = check.Required("medicalHistorySummary", request.MedicalHistorySummary, 4000),
            OwnerName = check.Required("ownerName", request.OwnerName, 200),
            OwnerPhone = check.Required("ownerPhone", request.OwnerPhone, 40),
            PrimaryVetClinic = check.Optional("primaryVetClinic", request.PrimaryVetClinic, 200),
            AssignedSpecialistId = check.Reference("assignedSpecialist", request.AssignedSpecialist?.Id),
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        await CheckSpecialistAsync(pet, check, cancellationToken);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        db.Pets.Add(pet);
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, pet);
    }

    public async Task<Outcome<PetView>> PatchAsync(Actor actor, Guid id, PatchPetRequest request, CancellationToken cancellationToken)
    {
        var pet = await access.Pets(actor).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pet is null) return Refusal.NotFound(Type.Name);
        if (!CaseAccess.MayUpdate(actor, Type)) return Refusal.Forbidden("Your role may not change this pet.");
        if (request.Version is not { } version) return Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
        if (version != pet.Version) return RecordSave.Stale(Type, pet.Version);
        var check = new FieldChecks();
        if (request.PetName.HasValue) pet.PetName = check.Required("petName", request.PetName.Value, 100);
        if (request.Species.HasValue) pet.Species = check.Required("species", request.Species.Value, 50);
        if (request.Breed.HasValue) pet.Breed = check.Optional("breed", request.Breed.Value, 100);
        if (request.DateOfBirth.HasValue) pet.DateOfBirth = request.DateOfBirth.Value;
        if (request.MedicalHistorySummary.HasValue) pet.MedicalHistorySummary = check.Required("medicalHistorySummary", request.MedicalHistorySummary.Value, 4000);
        if (request.OwnerName.HasValue) pet.OwnerName = check.Required("ownerName", request.OwnerName.Value, 200);
        if (request.OwnerPhone.HasValue) pet.OwnerPhone = check.Required("ownerPhone", request.OwnerPhone.Value, 40);
        if (request.PrimaryVetClinic.HasValue) pet.PrimaryVetClinic = check.Optional("primaryVetClinic", request.PrimaryVetClinic.Value, 200);
        if (request.AssignedSpecialist.HasValue) pet.AssignedSpecialistId = check.Reference("assignedSpecialist", request.AssignedSpecialist.Value?.Id);
        if (!check.Failed) await CheckSpecialistAsync(pet, check, cancellationToken);
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, pet);
    }

    public Task<Outcome<PetView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ArchiveCommand.ArchiveAsync(db, time, Type, access.Pets(actor), actor, id, p => ViewOf(actor, p), cancellationToken);

    public static PetView WithActions(Actor actor, PetView view) => view with { AllowedActions = RecordActions.Allowed(actor, Type) };

    private static PetView ViewOf(Actor actor, Pet pet) => WithActions(actor, Views.Of(actor, pet));

    private async Task CheckSpecialistAsync(Pet pet, FieldChecks check, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == pet.AssignedSpecialistId && u.Role == Roles.Specialist, cancellationToken))
            check.Add("assignedSpecialist", "must reference an existing user with the specialist role.");
    }
}

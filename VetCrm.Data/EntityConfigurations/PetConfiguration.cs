using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class PetConfiguration : IEntityTypeConfiguration<Pet>
{
    public void Configure(EntityTypeBuilder<Pet> pet)
    {
        ColumnRules.ConfigureRecord(pet, "pets");
        pet.Property(p => p.PetName).HasMaxLength(100);
        pet.Property(p => p.Species).HasMaxLength(50);
        pet.Property(p => p.Breed).HasMaxLength(100);
        pet.Property(p => p.MedicalHistorySummary).HasMaxLength(4000);
        pet.Property(p => p.OwnerName).HasMaxLength(200);
        pet.Property(p => p.OwnerPhone).HasMaxLength(40);
        pet.Property(p => p.PrimaryVetClinic).HasMaxLength(200);
        pet.Property(p => p.OwnerPhoneDigits).HasMaxLength(40)
            .HasComputedColumnSql("ltrim(regexp_replace(owner_phone, '[^0-9]', '', 'g'), '0')", stored: true);
        pet.HasOne(p => p.AssignedSpecialist).WithMany().HasForeignKey(p => p.AssignedSpecialistId).OnDelete(DeleteBehavior.Restrict);
        // Pipeline order "newest activity first" and the search: trigram indexes keep `q=` fast at 100k pets.
        pet.HasIndex(p => new { p.UpdatedAt, p.Id });
        pet.HasIndex(p => new { p.CreatedAt, p.Id });
        pet.HasIndex(p => new { p.PetName, p.Id });
        pet.HasIndex(p => new { p.AssignedSpecialistId, p.UpdatedAt });
        pet.HasIndex(p => p.CreatedById);
        pet.HasIndex(p => p.PetName, "ix_pets_pet_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        pet.HasIndex(p => p.OwnerName, "ix_pets_owner_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        pet.HasIndex(p => p.OwnerPhone, "ix_pets_owner_phone_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        pet.HasIndex(p => p.OwnerPhoneDigits, "ix_pets_owner_phone_digits_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

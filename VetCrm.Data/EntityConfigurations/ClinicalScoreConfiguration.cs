using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class ClinicalScoreConfiguration : IEntityTypeConfiguration<ClinicalScore>
{
    public void Configure(EntityTypeBuilder<ClinicalScore> score)
    {
        ColumnRules.ConfigureRecord(score, "clinical_scores");
        // A score is a number or a category, never both and never neither.
        score.ToTable(t => t.HasCheckConstraint("ck_clinical_scores_value_or_category", "(value IS NULL) <> (category IS NULL)"));
        // Plain numeric keeps the scale a value was given with (6, not 6.0000); the type's step bounds it.
        score.Property(s => s.Value).HasColumnType("numeric");
        score.Property(s => s.Category).HasMaxLength(40);
        score.Property(s => s.Notes).HasMaxLength(2000);
        score.HasOne(s => s.Pet).WithMany().HasForeignKey(s => s.PetId).OnDelete(DeleteBehavior.Restrict);
        score.HasOne(s => s.Referral).WithMany().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Restrict);
        score.HasOne(s => s.ScoreType).WithMany().HasForeignKey(s => s.ScoreTypeId).OnDelete(DeleteBehavior.Restrict);
        score.HasOne(s => s.RecordedBy).WithMany().HasForeignKey(s => s.RecordedById).OnDelete(DeleteBehavior.Restrict);
        score.HasOne(s => s.ThresholdTask).WithMany().HasForeignKey(s => s.ThresholdTaskId).OnDelete(DeleteBehavior.Restrict);
        // One task per score, as a database guarantee.
        score.HasIndex(s => s.ThresholdTaskId).IsUnique();
        // A pet's trend per type in date order; list orders with the id as tie-breaker; what a type's range check reads.
        score.HasIndex(s => new { s.PetId, s.ScoreTypeId, s.ScoreDate });
        score.HasIndex(s => new { s.ScoreDate, s.Id });
        score.HasIndex(s => new { s.CreatedAt, s.Id });
        score.HasIndex(s => s.ScoreTypeId);
        score.HasIndex(s => s.ReferralId);
        score.HasIndex(s => s.RecordedById);
    }
}

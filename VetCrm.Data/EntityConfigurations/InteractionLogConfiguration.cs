using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class InteractionLogConfiguration : IEntityTypeConfiguration<InteractionLog>
{
    public void Configure(EntityTypeBuilder<InteractionLog> log)
    {
        ColumnRules.ConfigureRecord(log, "interaction_logs");
        log.Property(l => l.InteractionType).HasMaxLength(20);
        log.Property(l => l.Summary).HasMaxLength(4000);
        log.ToTable(t => t.HasCheckConstraint("ck_interaction_logs_interaction_type", ColumnRules.InList("interaction_type", InteractionTypes.All)));
        log.HasOne(l => l.Pet).WithMany().HasForeignKey(l => l.PetId).OnDelete(DeleteBehavior.Restrict);
        log.HasOne(l => l.Referral).WithMany().HasForeignKey(l => l.ReferralId).OnDelete(DeleteBehavior.Restrict);
        log.HasOne(l => l.TreatmentPlan).WithMany().HasForeignKey(l => l.TreatmentPlanId).OnDelete(DeleteBehavior.Restrict);
        log.HasOne(l => l.User).WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Restrict);
        log.HasIndex(l => new { l.InteractionAt, l.Id });
        log.HasIndex(l => new { l.CreatedAt, l.Id });
        log.HasIndex(l => new { l.PetId, l.InteractionAt });
        log.HasIndex(l => l.ReferralId);
        log.HasIndex(l => l.TreatmentPlanId);
        log.HasIndex(l => l.UserId);
    }
}

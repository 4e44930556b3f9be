using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        ColumnRules.ConfigureRecord(referral, "referrals");
        referral.Property(r => r.ReferralNumber).HasMaxLength(40);
        referral.Property(r => r.ReferringClinic).HasMaxLength(200);
        referral.Property(r => r.ReferralReason).HasMaxLength(4000);
        referral.Property(r => r.Status).HasMaxLength(20);
        referral.Property(r => r.Priority).HasMaxLength(20);
        referral.Property(r => r.PriorityRank)
            .HasComputedColumnSql("CASE priority WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END", stored: true);
        referral.ToTable(t =>
        {
            t.HasCheckConstraint("ck_referrals_status", ColumnRules.InList("status", ReferralStatuses.All));
            t.HasCheckConstraint("ck_referrals_priority", ColumnRules.InList("priority", ReferralPriorities.All));
        });
        referral.HasIndex(r => r.ReferralNumber).IsUnique();
        referral.HasIndex(r => r.ReferralNumber, "ix_referrals_referral_number_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        referral.HasOne(r => r.Pet).WithMany(p => p.Referrals).HasForeignKey(r => r.PetId).OnDelete(DeleteBehavior.Restrict);
        referral.HasOne(r => r.ReceivedBy).WithMany().HasForeignKey(r => r.ReceivedById).OnDelete(DeleteBehavior.Restrict);
        referral.HasIndex(r => new { r.ReceivedAt, r.Id });
        referral.HasIndex(r => new { r.CreatedAt, r.Id });
        referral.HasIndex(r => new { r.PetId, r.ReceivedAt });
        referral.HasIndex(r => new { r.ReceivedById, r.ReceivedAt });
        // The triage queue: open referrals by priority, then oldest first.
        referral.HasIndex(r => new { r.PriorityRank, r.ReceivedAt, r.Id }, "ix_referrals_queue").HasFilter(IntakeQueue.IndexFilter);
    }
}

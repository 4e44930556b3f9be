using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class TreatmentPlanConfiguration : IEntityTypeConfiguration<TreatmentPlan>
{
    public void Configure(EntityTypeBuilder<TreatmentPlan> plan)
    {
        ColumnRules.ConfigureRecord(plan, "treatment_plans");
        plan.Property(p => p.PlanTitle).HasMaxLength(200);
        plan.Property(p => p.DiagnosisNotes).HasMaxLength(8000);
        plan.Property(p => p.PlanStatus).HasMaxLength(20);
        plan.Property(p => p.MedicationNotes).HasMaxLength(8000);
        plan.Property(p => p.ClientInstructions).HasMaxLength(8000);
        plan.Property(p => p.CreatedByUserId).HasColumnName("created_by_user_id");
        plan.ToTable(t => t.HasCheckConstraint("ck_treatment_plans_plan_status", ColumnRules.InList("plan_status", PlanStatuses.All)));
        plan.HasOne(p => p.Pet).WithMany().HasForeignKey(p => p.PetId).OnDelete(DeleteBehavior.Restrict);
        plan.HasOne(p => p.Referral).WithMany().HasForeignKey(p => p.ReferralId).OnDelete(DeleteBehavior.Restrict);
        plan.HasOne(p => p.CreatedByUser).WithMany().HasForeignKey(p => p.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        plan.HasIndex(p => new { p.UpdatedAt, p.Id });
        plan.HasIndex(p => new { p.CreatedAt, p.Id });
        plan.HasIndex(p => new { p.PetId, p.UpdatedAt });
        plan.HasIndex(p => p.ReferralId);
        // The reminder worker's scan and its overdue/due-soon counts: with every condition in the filter they read the
        // index alone (index-only scans), not one table page per plan.
        plan.HasIndex(p => new { p.NextReviewDate, p.Id }).HasFilter("plan_status = 'active' AND archived_at IS NULL");
    }
}

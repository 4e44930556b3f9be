using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class TreatmentPlanVersionConfiguration : IEntityTypeConfiguration<TreatmentPlanVersion>
{
    public void Configure(EntityTypeBuilder<TreatmentPlanVersion> version)
    {
        version.ToTable("treatment_plan_versions");
        version.HasIndex(v => new { v.TreatmentPlanId, v.VersionNumber }).IsUnique();
        version.HasOne<TreatmentPlan>().WithMany().HasForeignKey(v => v.TreatmentPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class ReminderFlagConfiguration : IEntityTypeConfiguration<ReminderFlag>
{
    public void Configure(EntityTypeBuilder<ReminderFlag> flag)
    {
        flag.ToTable("reminder_flags");
        // The guarantee behind "once per plan and review date", whatever number of workers race for it.
        flag.HasIndex(f => new { f.TreatmentPlanId, f.ReviewDate }).IsUnique();
        flag.HasOne<TreatmentPlan>().WithMany().HasForeignKey(f => f.TreatmentPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

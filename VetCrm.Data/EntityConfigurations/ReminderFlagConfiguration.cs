using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class ReminderFlagConfiguration : IEntityTypeConfiguration<ReminderFlag>
{
    public void Configure(EntityTypeBuilder<ReminderFlag> flag)
    {
        flag.ToTable("reminder_flags");
        // The guarantee behind "once per plan and review date", whatever number of workers race for it. Date first: the scan
        // walks overdue plans by (review date, plan id) and looks each up here, so consecutive lookups land on the same pages.
        flag.HasIndex(f => new { f.ReviewDate, f.TreatmentPlanId }).IsUnique();
        flag.HasOne<TreatmentPlan>().WithMany().HasForeignKey(f => f.TreatmentPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

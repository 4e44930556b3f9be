using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class TaskOverdueFlagConfiguration : IEntityTypeConfiguration<TaskOverdueFlag>
{
    public void Configure(EntityTypeBuilder<TaskOverdueFlag> flag)
    {
        flag.ToTable("task_overdue_flags");
        // The guarantee behind "once per task and due time", whatever number of workers race for it.
        flag.HasIndex(f => new { f.CareTaskId, f.DueAt }).IsUnique();
        flag.HasOne<CareTask>().WithMany().HasForeignKey(f => f.CareTaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class CareTaskConfiguration : IEntityTypeConfiguration<CareTask>
{
    public void Configure(EntityTypeBuilder<CareTask> task)
    {
        ColumnRules.ConfigureRecord(task, "care_tasks");
        task.Property(t => t.Title).HasMaxLength(300);
        task.Property(t => t.Status).HasMaxLength(20);
        task.ToTable(t =>
        {
            t.HasCheckConstraint("ck_care_tasks_status", ColumnRules.InList("status", TaskStatuses.All));
            // The state and its data agree: a snoozed task knows until when, a done one when and by whom.
            t.HasCheckConstraint("ck_care_tasks_snoozed_until", "(status = 'snoozed') = (snoozed_until IS NOT NULL)");
            t.HasCheckConstraint("ck_care_tasks_completed", "(status = 'done') = (completed_at IS NOT NULL)");
        });
        task.HasOne(t => t.Pet).WithMany().HasForeignKey(t => t.PetId).OnDelete(DeleteBehavior.Restrict);
        task.HasOne(t => t.Referral).WithMany().HasForeignKey(t => t.ReferralId).OnDelete(DeleteBehavior.Restrict);
        task.HasOne(t => t.SourceInteraction).WithMany().HasForeignKey(t => t.SourceInteractionId).OnDelete(DeleteBehavior.Restrict);
        task.HasOne(t => t.Assignee).WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        task.HasOne(t => t.CompletedBy).WithMany().HasForeignKey(t => t.CompletedById).OnDelete(DeleteBehavior.Restrict);
        // List orders (with the id as tie-breaker), "my tasks" by due time, a pet's tasks.
        task.HasIndex(t => new { t.DueAt, t.Id });
        task.HasIndex(t => new { t.CreatedAt, t.Id });
        task.HasIndex(t => new { t.UpdatedAt, t.Id });
        task.HasIndex(t => new { t.AssigneeId, t.DueAt });
        // "My open tasks, soonest due first" walks only the caller's open tasks, in page order, however many are done.
        task.HasIndex(t => new { t.AssigneeId, t.Status, t.DueAt, t.Id });
        task.HasIndex(t => new { t.PetId, t.DueAt });
        task.HasIndex(t => t.ReferralId);
        task.HasIndex(t => t.SourceInteractionId);
        task.HasIndex(t => t.CompletedById);
        // What the overdue scan reads: unfinished tasks only.
        task.HasIndex(t => t.DueAt, "ix_care_tasks_unfinished_due_at").HasFilter("status <> 'done' AND archived_at IS NULL");
    }
}

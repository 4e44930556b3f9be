using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("notifications", t => t.HasCheckConstraint("ck_notifications_kind", ColumnRules.InList("kind", NotificationKinds.All)));
        notification.Property(n => n.Kind).HasMaxLength(40);
        notification.Property(n => n.Title).HasMaxLength(300);
        notification.Property(n => n.EntityType).HasMaxLength(60);
        notification.HasOne(n => n.Recipient).WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);
        // An event delivered twice (the outbox is at least once) notifies once.
        notification.HasIndex(n => new { n.SourceEventId, n.RecipientId }).IsUnique();
        // My notifications, newest first (paged by (createdAt, id)), and my unread count.
        notification.HasIndex(n => new { n.RecipientId, n.CreatedAt, n.Id });
        notification.HasIndex(n => n.RecipientId, "ix_notifications_unread").HasFilter("read_at IS NULL");
    }
}

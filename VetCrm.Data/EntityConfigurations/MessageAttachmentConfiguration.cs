using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class MessageAttachmentConfiguration : IEntityTypeConfiguration<MessageAttachment>
{
    public void Configure(EntityTypeBuilder<MessageAttachment> attachment)
    {
        attachment.ToTable("message_attachments", t =>
        {
            t.HasCheckConstraint("ck_message_attachments_content_type", ColumnRules.InList("content_type", AttachmentContentTypes.All));
            t.HasCheckConstraint("ck_message_attachments_size_bytes", "size_bytes > 0");
        });
        attachment.Property(a => a.FileName).HasMaxLength(200);
        attachment.Property(a => a.ContentType).HasMaxLength(60);
        attachment.HasOne(a => a.Content).WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
        attachment.HasIndex(a => new { a.MessageId, a.Position }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> content)
    {
        content.ToTable("message_attachment_contents");
        content.HasKey(c => c.AttachmentId);
        content.Property(c => c.Data).HasColumnType("bytea");
    }
}

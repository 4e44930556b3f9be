using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class MessageReceiptConfiguration : IEntityTypeConfiguration<MessageReceipt>
{
    public void Configure(EntityTypeBuilder<MessageReceipt> receipt)
    {
        receipt.ToTable("message_receipts", t => t.HasCheckConstraint("ck_message_receipts_read_after_delivered", "read_at IS NULL OR delivered_at IS NOT NULL"));
        receipt.HasKey(r => new { r.MessageId, r.RecipientId });
        receipt.HasOne(r => r.Recipient).WithMany().HasForeignKey(r => r.RecipientId).OnDelete(DeleteBehavior.Restrict);
        // What I have not read yet: the inbox's unread-first order and the unread marks.
        receipt.HasIndex(r => r.RecipientId, "ix_message_receipts_unread").HasFilter("read_at IS NULL");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> message)
    {
        ColumnRules.ConfigureRecord(message, "messages");
        message.Property(m => m.Body).HasMaxLength(Message.BodyLength);
        message.HasOne<Pet>().WithMany().HasForeignKey(m => m.PetId).OnDelete(DeleteBehavior.Restrict);
        message.HasOne(m => m.Sender).WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Restrict);
        message.HasMany(m => m.Attachments).WithOne(a => a.Message).HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        message.HasMany(m => m.Receipts).WithOne(r => r.Message).HasForeignKey(r => r.MessageId).OnDelete(DeleteBehavior.Cascade);
        // A thread's messages in order, and its latest message for the inbox.
        message.HasIndex(m => new { m.ThreadId, m.SentAt, m.Id });
        message.HasIndex(m => m.PetId);
        message.HasIndex(m => m.SenderId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> thread)
    {
        ColumnRules.ConfigureRecord(thread, "message_threads");
        thread.Property(t => t.Subject).HasMaxLength(200);
        thread.HasOne(t => t.Pet).WithMany().HasForeignKey(t => t.PetId).OnDelete(DeleteBehavior.Restrict);
        thread.HasOne(t => t.Referral).WithMany().HasForeignKey(t => t.ReferralId).OnDelete(DeleteBehavior.Restrict);
        thread.HasMany(t => t.Participants).WithOne(p => p.Thread).HasForeignKey(p => p.ThreadId).OnDelete(DeleteBehavior.Cascade);
        thread.HasMany(t => t.Messages).WithOne(m => m.Thread).HasForeignKey(m => m.ThreadId).OnDelete(DeleteBehavior.Restrict);
        // A case's threads, newest first.
        thread.HasIndex(t => new { t.PetId, t.CreatedAt });
        thread.HasIndex(t => t.ReferralId);
    }
}

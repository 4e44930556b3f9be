using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> outbox)
    {
        outbox.ToTable("outbox_messages");
        outbox.Property(o => o.Type).HasMaxLength(40);
        outbox.Property(o => o.EntityType).HasMaxLength(60);
        outbox.Property(o => o.AlsoHeardBy).HasDefaultValueSql("'{}'");
        // The dispatcher only ever looks for what is not sent yet.
        outbox.HasIndex(o => new { o.CreatedAt, o.Id }).HasFilter("dispatched_at IS NULL");
    }
}

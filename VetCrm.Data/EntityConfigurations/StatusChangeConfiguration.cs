using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> change)
    {
        change.ToTable("status_changes");
        change.Property(c => c.EntityType).HasMaxLength(60);
        change.Property(c => c.Field).HasMaxLength(40);
        change.Property(c => c.FromValue).HasMaxLength(20);
        change.Property(c => c.ToValue).HasMaxLength(20);
        change.Property(c => c.ChangeReason).HasMaxLength(1000);
        change.HasIndex(c => new { c.EntityType, c.EntityId, c.ChangedAt });
    }
}

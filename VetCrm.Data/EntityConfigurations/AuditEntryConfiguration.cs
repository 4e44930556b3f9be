using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.ToTable("audit_entries");
        audit.Property(a => a.Action).HasMaxLength(40);
        audit.Property(a => a.EntityType).HasMaxLength(60);
        audit.Property(a => a.EntityId).HasMaxLength(64);
        audit.Property(a => a.ActorName).HasMaxLength(256);
        audit.Property(a => a.Summary).HasMaxLength(1000);
        audit.HasIndex(a => new { a.At, a.Id });
        audit.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
        audit.HasIndex(a => new { a.ActorId, a.At });
        audit.HasIndex(a => new { a.Action, a.At });
    }
}

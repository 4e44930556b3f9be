using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class EquipmentItemConfiguration : IEntityTypeConfiguration<EquipmentItem>
{
    public void Configure(EntityTypeBuilder<EquipmentItem> item)
    {
        ColumnRules.ConfigureRecord(item, "equipment_items");
        item.Property(i => i.Name).HasMaxLength(200);
        item.Property(i => i.SerialNumber).HasMaxLength(100);
        item.Property(i => i.Kind).HasMaxLength(40);
        item.Property(i => i.Notes).HasMaxLength(2000);
        item.ToTable(t => t.HasCheckConstraint("ck_equipment_items_kind", ColumnRules.InList("kind", EquipmentKinds.All)));
        item.HasIndex(i => i.SerialNumber).IsUnique();
        item.HasIndex(i => new { i.Name, i.Id });
        item.HasIndex(i => new { i.CreatedAt, i.Id });
        item.HasIndex(i => new { i.UpdatedAt, i.Id });
    }
}

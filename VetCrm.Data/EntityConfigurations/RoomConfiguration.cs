using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    /// <summary>The hospital's rooms and machines, created with the schema so that booking works from the first start.</summary>
    public static readonly Room[] Initial =
    [
        new() { Id = Guid.Parse("01938a00-0000-7000-8000-000000000001"), Name = "Consult room 1", Kind = RoomKinds.ConsultRoom },
        new() { Id = Guid.Parse("01938a00-0000-7000-8000-000000000002"), Name = "Consult room 2", Kind = RoomKinds.ConsultRoom },
        new() { Id = Guid.Parse("01938a00-0000-7000-8000-000000000003"), Name = "Consult room 3", Kind = RoomKinds.ConsultRoom },
        new() { Id = Guid.Parse("01938a00-0000-7000-8000-000000000004"), Name = "MRI", Kind = RoomKinds.Mri },
        new() { Id = Guid.Parse("01938a00-0000-7000-8000-000000000005"), Name = "CT", Kind = RoomKinds.Ct },
        new() { Id = Guid.Parse("01938a00-0000-7000-8000-000000000006"), Name = "Theatre 1", Kind = RoomKinds.Theatre },
        new() { Id = Guid.Parse("01938a00-0000-7000-8000-000000000007"), Name = "Theatre 2", Kind = RoomKinds.Theatre },
        new() { Id = Guid.Parse("01938a00-0000-7000-8000-000000000008"), Name = "Ultrasound", Kind = RoomKinds.Ultrasound },
    ];

    public void Configure(EntityTypeBuilder<Room> room)
    {
        room.ToTable("rooms", t => t.HasCheckConstraint("ck_rooms_kind", ColumnRules.InList("kind", RoomKinds.All)));
        room.Property(r => r.Name).HasMaxLength(100);
        room.Property(r => r.Kind).HasMaxLength(20);
        room.HasIndex(r => r.Name).IsUnique();
        room.HasData(Initial);
    }
}

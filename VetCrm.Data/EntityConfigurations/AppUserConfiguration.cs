using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;

namespace VetCrm.Data.EntityConfigurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.ToTable("users");
        user.Property(u => u.FullName).HasMaxLength(200);
        user.Property(u => u.Role).HasMaxLength(20);
        user.ToTable(t => t.HasCheckConstraint("ck_users_role", ColumnRules.InList("role", Roles.All, allowNull: true)));
        user.HasIndex(u => u.Role);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Data.EntityConfigurations;

/// <summary>The overlap rules are exclusion constraints, which EF cannot model: the migration adds them from <see cref="AppointmentBookings"/>.</summary>
internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> appointment)
    {
        ColumnRules.ConfigureRecord(appointment, "appointments");
        appointment.Property(a => a.Status).HasMaxLength(20);
        appointment.Property(a => a.Reason).HasMaxLength(1000);
        appointment.ToTable(t =>
        {
            t.HasCheckConstraint("ck_appointments_status", ColumnRules.InList("status", AppointmentStatuses.All));
            t.HasCheckConstraint("ck_appointments_ends_after_start", "end_at > start_at");
        });
        appointment.HasOne(a => a.Pet).WithMany().HasForeignKey(a => a.PetId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasOne(a => a.Referral).WithMany().HasForeignKey(a => a.ReferralId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasOne(a => a.Specialist).WithMany().HasForeignKey(a => a.SpecialistId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasOne(a => a.Room).WithMany().HasForeignKey(a => a.RoomId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasIndex(a => new { a.StartAt, a.Id });
        appointment.HasIndex(a => new { a.CreatedAt, a.Id });
        appointment.HasIndex(a => new { a.PetId, a.StartAt });
        appointment.HasIndex(a => new { a.SpecialistId, a.StartAt });
        appointment.HasIndex(a => new { a.RoomId, a.StartAt });
        appointment.HasIndex(a => a.ReferralId);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VetCrm.Api.Commands;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Appointments;

/// <summary>
/// Turns PostgreSQL's refusal of an overlapping booking (an exclusion violation, SQLSTATE 23P01) into a conflict that
/// names the booking in the way: its id, its time and whether the specialist or the room clashed. The database decides;
/// this only reads which booking it was, after the failed save was rolled back.
/// </summary>
public static class BookingClash
{
    public static async Task<Refusal?> SaveAsync(VetCrmDbContext db, Appointment booking, CancellationToken cancellationToken)
    {
        try
        {
            return await RecordSave.SaveAsync(db, RecordTypes.Appointment, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation } clash)
        {
            db.ChangeTracker.Clear();
            return await DescribeAsync(db, booking, clash.ConstraintName == AppointmentBookings.RoomConstraint, cancellationToken);
        }
    }

    private static async Task<Refusal> DescribeAsync(VetCrmDbContext db, Appointment booking, bool roomClash, CancellationToken cancellationToken)
    {
        var field = roomClash ? "room" : "specialist";
        var (start, end) = (booking.StartAt.ToUniversalTime(), booking.EndAt.ToUniversalTime());
        var other = await db.Appointments.AsNoTracking()
            .Where(a => a.Id != booking.Id && a.StartAt < end && a.EndAt > start && a.ArchivedAt == null
                && !AppointmentStatuses.Released.Contains(a.Status))
            .Where(a => roomClash ? a.RoomId == booking.RoomId : a.SpecialistId == booking.SpecialistId)
            .OrderBy(a => a.StartAt)
            .Select(a => new { a.Id, a.StartAt, a.EndAt, Room = a.Room!.Name, Specialist = a.Specialist!.FullName })
            .FirstOrDefaultAsync(cancellationToken);
        var what = roomClash ? $"The room{(other is null ? "" : $" ({other.Room})")}" : $"The specialist{(other is null ? "" : $" ({other.Specialist})")}";
        var detail = other is null
            ? $"{what} is already booked at this time."
            : string.Create(CultureInfo.InvariantCulture,
                $"{what} is already booked from {other.StartAt.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'} to {other.EndAt.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'} (appointment {other.Id}).");
        var refusal = Refusal.Conflict(detail, field);
        return other is null ? refusal : refusal with
        {
            Extensions = new Dictionary<string, object?>
            {
                ["clash"] = field,
                ["conflictingAppointment"] = new Dictionary<string, object?> { ["id"] = other.Id, ["startAt"] = other.StartAt, ["endAt"] = other.EndAt },
            },
        };
    }
}

using VetCrm.Data.Entities;

namespace VetCrm.Data.Records;

/// <summary>
/// No double-booking, enforced by PostgreSQL: two exclusion constraints refuse overlapping time ranges of the same
/// specialist or the same room among bookings that still hold their slot (not cancelled, not a no-show, not archived).
/// Ranges are half-open, so back-to-back bookings fit. (btree_gist, declared in the model, lets the uuid columns join the gist index.) The API names the clash from the constraint that refused it.
/// </summary>
public static class AppointmentBookings
{
    public const string SpecialistConstraint = "ex_appointments_specialist_overlap";
    public const string RoomConstraint = "ex_appointments_room_overlap";

    /// <summary>The longest booking accepted: a long theatre list, not a multi-day stay.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(12);

    /// <summary>The shortest booking accepted.</summary>
    public static readonly TimeSpan MinLength = TimeSpan.FromMinutes(5);

    /// <summary>Which bookings hold their slot, in SQL: the exclusion constraints' predicate.</summary>
    public static readonly string HoldsSlotSql =
        $"status NOT IN ({string.Join(", ", AppointmentStatuses.Released.Select(s => $"'{s}'"))}) AND archived_at IS NULL";

    public static string CreateConstraintsSql => $"""
        ALTER TABLE appointments ADD CONSTRAINT {SpecialistConstraint}
            EXCLUDE USING gist (specialist_id WITH =, tstzrange(start_at, end_at) WITH &&) WHERE ({HoldsSlotSql});
        ALTER TABLE appointments ADD CONSTRAINT {RoomConstraint}
            EXCLUDE USING gist (room_id WITH =, tstzrange(start_at, end_at) WITH &&) WHERE ({HoldsSlotSql});
        """;

    public static string DropConstraintsSql => $"""
        ALTER TABLE appointments DROP CONSTRAINT IF EXISTS {SpecialistConstraint};
        ALTER TABLE appointments DROP CONSTRAINT IF EXISTS {RoomConstraint};
        """;

    /// <summary>Whether a booking in this status holds its specialist and room.</summary>
    public static bool HoldsSlot(string status) => !AppointmentStatuses.Released.Contains(status);
}

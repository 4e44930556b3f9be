using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Appointments;

/// <summary>A rebooking: other time, room, specialist or reason; the pet never changes and the status moves only through its route.</summary>
public sealed record PatchAppointmentRequest(
    uint? Version, Optional<RecordRef?> Referral, Optional<RecordRef?> Specialist, Optional<RecordRef?> Room,
    Optional<DateTimeOffset?> StartAt, Optional<DateTimeOffset?> EndAt, Optional<string?> Reason)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: an appointment stays with its pet; cancel it and book the other pet.",
        ["status"] = "changes only through POST /api/appointments/{id}/status, with a reason.",
    };
}

using VetCrm.Api.Common;

namespace VetCrm.Api.Appointments;

/// <summary>A booking of a specialist and a room for a pet; a new appointment starts as <c>scheduled</c>.</summary>
public sealed record CreateAppointmentRequest(
    RecordRef? Pet, RecordRef? Referral, RecordRef? Specialist, RecordRef? Room, DateTimeOffset? StartAt, DateTimeOffset? EndAt,
    string? Reason, string? Status);

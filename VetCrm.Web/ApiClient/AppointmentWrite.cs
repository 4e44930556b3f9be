namespace VetCrm.Web.ApiClient;

/// <summary>A booking as the web sends it; the API checks every field and the overlaps.</summary>
public sealed record AppointmentWrite(IdRef Pet, IdRef? Referral, IdRef Specialist, IdRef Room, DateTimeOffset StartAt, DateTimeOffset EndAt, string? Reason);

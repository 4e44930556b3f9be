using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Calendar;

/// <summary>One line of a calendar day: a booking, or a free half hour that can be booked.</summary>
public sealed record CalendarSlot(DateTimeOffset StartAt, DateTimeOffset EndAt, Appointment? Appointment)
{
    public bool IsFree => Appointment is null;
}

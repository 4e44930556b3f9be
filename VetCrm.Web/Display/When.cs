using System.Globalization;

namespace VetCrm.Web.Display;

/// <summary>Dates and times as staff read them: in the hospital's time zone (configuration <c>Hospital:TimeZone</c>), short.</summary>
public static class When
{
    /// <summary>The hospital's zone, set once at start-up by <see cref="HospitalTime.AddHospitalTime"/>.</summary>
    public static TimeZoneInfo Zone { get; internal set; } = TimeZoneInfo.FindSystemTimeZoneById(new HospitalOptions().TimeZone);

    public static string Time(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"09:30": the time of day alone, for calendars.</summary>
    public static string Clock(DateTimeOffset at) => Local(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>"Tue 1 Dec".</summary>
    public static string DayHeading(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    /// <summary>The hospital's calendar day an instant falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    /// <summary>The instant a wall-clock time of the hospital stands for (a time skipped by a clock change moves on an hour).</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var wall = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(wall)) wall = wall.AddHours(1);
        return new DateTimeOffset(wall, Zone.GetUtcOffset(wall));
    }
}

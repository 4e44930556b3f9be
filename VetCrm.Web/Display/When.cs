namespace VetCrm.Web.Display;

/// <summary>Dates and times as staff read them: UTC, unambiguous, short.</summary>
public static class When
{
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm") + " UTC";

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd") ?? "—";
}

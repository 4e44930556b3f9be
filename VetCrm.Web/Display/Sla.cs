namespace VetCrm.Web.Display;

/// <summary>
/// How long a referral may wait in the intake queue by priority (emergency the same day, urgent within 24–72 h),
/// and the wording of ages on screen.
/// </summary>
public static class Sla
{
    public static TimeSpan Target(string priority) => priority switch
    {
        "emergency" => TimeSpan.FromHours(4),
        "urgent" => TimeSpan.FromHours(72),
        _ => TimeSpan.FromDays(7),
    };

    public static bool IsBreached(string priority, TimeSpan age) => age > Target(priority);

    /// <summary>"45 min", "5 h", "3 d".</summary>
    public static string Age(TimeSpan age) => age.TotalMinutes < 60 ? $"{Math.Max(0, (int)age.TotalMinutes)} min"
        : age.TotalHours < 48 ? $"{(int)age.TotalHours} h"
        : $"{(int)age.TotalDays} d";
}

using System.Globalization;

namespace VetCrm.Dashboard.Rendering;

/// <summary>How the views write times, durations and colours, the same way on every page.</summary>
public static class Display
{
    public static string Duration(TimeSpan duration) => duration.TotalMilliseconds switch
    {
        < 1 => $"{duration.TotalMicroseconds.ToString("0", CultureInfo.InvariantCulture)} µs",
        < 1000 => $"{duration.TotalMilliseconds.ToString("0.##", CultureInfo.InvariantCulture)} ms",
        < 60_000 => $"{duration.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)} s",
        _ => Uptime(duration),
    };

    public static string Uptime(TimeSpan uptime) => uptime switch
    {
        { TotalDays: >= 1 } => $"{(int)uptime.TotalDays}d {uptime.Hours}h",
        { TotalHours: >= 1 } => $"{(int)uptime.TotalHours}h {uptime.Minutes}m",
        { TotalMinutes: >= 1 } => $"{(int)uptime.TotalMinutes}m {uptime.Seconds}s",
        _ => $"{uptime.Seconds}s",
    };

    /// <summary>Local wall-clock time with milliseconds: what an operator compares with console output.</summary>
    public static string Time(DateTimeOffset timestamp) => timestamp.ToLocalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>A stable hue per resource, so that a service has the same colour in every waterfall.</summary>
    public static int Hue(string resource) => resource.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)) is var hash
        ? Math.Abs(hash % 360)
        : 0;

    public static string Number(double value) => Math.Abs(value) switch
    {
        >= 1_000_000 => (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace VetCrm.Bench;

/// <summary>Runs bench/parse/run.sh (Parse Server on the seed's schema, its database kept per size) and reads its report lines.</summary>
public static partial class ParseAnchor
{
    /// <summary>Seeds Parse's database for this size unless an earlier call did; returns how long seeding took.</summary>
    public static async Task<TimeSpan> SeedAsync(string script, int pets)
    {
        var report = await Tools.RunAsync("bash", [script, pets.ToString()], new Dictionary<string, string> { ["SEED_ONLY"] = "1" });
        return TimeSpan.FromSeconds(double.Parse(SeedLine().Match(report).Groups["seconds"].Value, CultureInfo.InvariantCulture));
    }

    public static async Task<IReadOnlyDictionary<string, FlowResult>> RunAsync(string script, int pets, int seconds)
    {
        var report = await Tools.RunAsync("bash", [script, pets.ToString(), seconds.ToString()]);
        return ReportLine().Matches(report).ToDictionary(
            m => m.Groups["flow"].Value,
            m => new FlowResult(m.Groups["flow"].Value, double.Parse(m.Groups["rps"].Value, CultureInfo.InvariantCulture),
                Milliseconds(m.Groups["p50"].Value), Milliseconds(m.Groups["p99"].Value), long.Parse(m.Groups["errors"].Value)));
    }

    private static double Milliseconds(string wrkValue)
    {
        var match = Regex.Match(wrkValue, @"^([\d.]+)(us|ms|s)$");
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => number / 1000, "ms" => number, _ => number * 1000 };
    }

    [GeneratedRegex(@"^seeded \d+ pets in (?<seconds>[\d.]+) s", RegexOptions.Multiline)]
    private static partial Regex SeedLine();

    [GeneratedRegex(@"^(?<flow>[\w-]+)\s+(?<rps>[\d.]+) req/s\s+p50 (?<p50>\S+)\s+p99 (?<p99>\S+)\s+non2xx (?<errors>\d+)", RegexOptions.Multiline)]
    private static partial Regex ReportLine();
}

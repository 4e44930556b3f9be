using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace VetCrm.Bench;

/// <summary>One measured flow: throughput and latency as a load tool reported them.</summary>
public sealed record FlowResult(string Flow, double RequestsPerSecond, double P50Ms, double P99Ms, long Non2xx);

/// <summary>Runs the machine's load tools (wrk, pgbench) and reads their reports.</summary>
public static partial class Tools
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? "" };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} failed ({process.ExitCode}): {await error}{await output}");
        }
        return await output + await error;
    }

    /// <summary>wrk with 2 threads and <paramref name="connections"/> connections, after a 10 s warm-up unless told otherwise.</summary>
    public static async Task<FlowResult> WrkAsync(string flow, string url, string token, int connections, TimeSpan duration, string? luaScript = null, bool warmUp = true)
    {
        List<string> common = ["-t2", $"-c{connections}", "-H", $"Authorization: Bearer {token}", "--latency"];
        if (luaScript is not null) common.AddRange(["-s", luaScript]);
        if (warmUp) await RunAsync("wrk", [.. common, "-d10s", url]);
        var report = await RunAsync("wrk", [.. common, $"-d{(int)duration.TotalSeconds}s", url]);
        return new FlowResult(flow,
            double.Parse(RequestsPerSecond().Match(report).Groups[1].Value, CultureInfo.InvariantCulture),
            WrkMilliseconds(Percentile(report, "50%")),
            WrkMilliseconds(Percentile(report, "99%")),
            NonSuccess().Match(report) is { Success: true } m ? long.Parse(m.Groups[1].Value) : 0);
    }

    private static string Percentile(string report, string label) =>
        Regex.Match(report, $@"^\s*{Regex.Escape(label)}\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    private static double WrkMilliseconds(string value)
    {
        var match = Regex.Match(value, @"^([\d.]+)(us|ms|s|m)$");
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => number / 1000, "ms" => number, "s" => number * 1000, _ => number * 60_000 };
    }

    /// <summary>pgbench running a script of statements; percentiles from its per-transaction log.</summary>
    public static async Task<FlowResult> PgBenchAsync(string flow, string script, string host, int port, string password, string database, int connections, TimeSpan duration)
    {
        var folder = Directory.CreateTempSubdirectory("vetcrm-pgbench-");
        try
        {
            var scriptPath = Path.Combine(folder.FullName, "flow.sql");
            await File.WriteAllTextAsync(scriptPath, script);
            var environment = new Dictionary<string, string> { ["PGPASSWORD"] = password };
            // Prepared, as the API's connections run repeated statements (Npgsql auto-prepare).
            List<string> common = ["-n", "-M", "prepared", "-h", host, "-p", port.ToString(), "-U", "postgres", $"-c{connections}", "-j2", "-f", scriptPath];
            await RunAsync("pgbench", [.. common, "-T5", database], environment, folder.FullName);
            var report = await RunAsync("pgbench", [.. common, $"-T{(int)duration.TotalSeconds}", "--log", "--log-prefix=tx", database], environment, folder.FullName);
            var latencies = Directory.GetFiles(folder.FullName, "tx*")
                .SelectMany(File.ReadLines)
                .Select(line => long.Parse(line.Split(' ')[2]) / 1000.0)
                .Order()
                .ToArray();
            return new FlowResult(flow,
                double.Parse(Regex.Match(report, @"tps = ([\d.]+)").Groups[1].Value, CultureInfo.InvariantCulture),
                latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], 0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}

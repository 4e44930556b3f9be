using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using VetCrm.Bench;

// Usage: VetCrm.Bench [--pets 5000,100000,1000000] [--rounds 3] [--seconds 10] [--scan 100000,1000000] [--parse PATH/run.sh]
//                     [--parse-pets 5000,100000,1000000 (default: every size of --pets)] [--out bench/RESULTS.md] [--hold]
var settings = BenchSettings.Parse(args);
var report = new StringBuilder();
report.AppendLine("# VetCrm benchmark results").AppendLine()
    .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `bench/run.sh` on {MachineFacts()}, the AppHost's model as the tests start it")
    .AppendLine("(API, worker, web, PostgreSQL with fsync and synchronous commit on, Redis).")
    .AppendLine($"wrk: 2 threads, 32 connections for reads, 16 for writes. Every flow is warmed up until steady (two 5 s runs within 5%), then measured in {settings.Rounds} rounds of")
    .AppendLine($"{settings.Seconds} s; a figure is the median of the rounds with min–max. pgbench runs the SQL the API sent for the same request")
    .AppendLine("(captured from PostgreSQL's own statement log) as prepared statements, as many clients as wrk has connections, in the same rounds. Parse Server")
    .AppendLine("(`bench/parse/run.sh`, its own PostgreSQL with default settings, seeded once per size: the first 100 pets through its REST")
    .AppendLine("API, the rest in SQL with the same shape) runs right after each round, so every ratio is taken within one round and the")
    .AppendLine("median ratio is shown.").AppendLine();

foreach (var pets in settings.Pets)
{
    Console.WriteLine($"== {pets:N0} pets: starting the stack and loading data");
    await using var stack = await StackUnderTest.StartAsync(profiling: settings.Hold);
    var seeded = System.Diagnostics.Stopwatch.StartNew();
    await stack.SeedAsync(pets);
    var loadTime = seeded.Elapsed;
    Console.WriteLine($"   loaded in {loadTime.TotalSeconds:0.0} s");
    var scripts = Directory.CreateTempSubdirectory("vetcrm-bench-");
    var flows = await BenchFlows.ForAsync(stack, scripts.FullName);
    if (settings.Hold)
    {
        // For profiling by hand: the loaded stack stays up until Ctrl+C or SIGTERM.
        Console.WriteLine($"   holding: API {stack.Api} token {stack.AdminToken}\n   database {stack.DatabaseConnectionString}\n   wrk scripts {scripts.FullName}");
        var stop = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });
        await stop.Task;
        return;
    }
    var api = stack.Api.ToString().TrimEnd('/');
    Console.WriteLine("   warming up");
    foreach (var flow in flows)
    {
        // Until throughput is steady (the JIT's tiers settle): two 5 s runs in a row within 5%, at most 6 runs.
        double? previous = null;
        for (var run = 0; run < 6; run++)
        {
            if (flow.Refresh is { } refresh) await refresh();
            var rate = (await Tools.WrkAsync(flow.Name, api + flow.Path, flow.Token, flow.Connections, TimeSpan.FromSeconds(5), flow.Script, warmUp: false)).RequestsPerSecond;
            if (previous is { } last && Math.Abs(rate - last) <= 0.05 * last) break;
            previous = rate;
        }
    }
    // Captured warm, as the API sends it under load (prepared statements, each logged once), and once the warm-up's
    // writes are dispatched, so that no statement of the dispatcher's is taken for the request's.
    await stack.WaitUntilQuietAsync();
    var sqlScripts = new Dictionary<string, string>();
    var plans = new List<(string Flow, string Plan)>();
    foreach (var flow in flows.Where(f => f.Sql is not null))
    {
        var script = await stack.CaptureSqlAsync(flow.Path, flow.Sql!);
        sqlScripts[flow.Name] = script;
        await File.WriteAllTextAsync(Path.Combine(settings.OutputFolder, $"sql-{flow.Name}.sql"), script);
        if (flow.Sql!.Body is null)
            plans.Add((flow.Name, await stack.ExplainAsync(script.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Last(s => s.Contains($"FROM {flow.Sql.Table}")))));
    }

    var measured = flows.ToDictionary(f => f.Name, _ => new List<FlowResult>());
    var sql = flows.ToDictionary(f => f.Name, _ => new List<FlowResult>());
    var parseRatios = flows.ToDictionary(f => f.Name, _ => new List<double>());
    var parseMeasured = flows.ToDictionary(f => f.Name, _ => new List<FlowResult>());
    var graphQlRatios = new List<double>();
    var floorRatios = new List<double>();
    var bursts = new List<BurstResult>();
    long apiMemory = 0, workerMemory = 0;
    var parseHere = settings.ParseScript is not null && settings.ParsePets.Contains(pets);
    // Seeded before the rounds, so that every round measures Parse the same way (seeding a million pets takes minutes).
    TimeSpan? parseSeeding = parseHere ? await ParseAnchor.SeedAsync(settings.ParseScript!, pets) : null;
    for (var round = 1; round <= settings.Rounds; round++)
    {
        Console.WriteLine($"   round {round}");
        foreach (var flow in flows)
        {
            if (flow.Refresh is { } refresh) await refresh();
            var result = await Tools.WrkAsync(flow.Name, api + flow.Path, flow.Token, flow.Connections, TimeSpan.FromSeconds(settings.Seconds), flow.Script, warmUp: false);
            measured[flow.Name].Add(result);
            Console.WriteLine($"     {result.Flow,-24} {result.RequestsPerSecond,8:0} req/s  p99 {result.P99Ms:0.0} ms  non-2xx {result.Non2xx}");
            if (sqlScripts.TryGetValue(flow.Name, out var script))
            {
                var server = stack.Server;
                sql[flow.Name].Add(await Tools.PgBenchAsync(flow.Name, script, server.Host!, server.Port, server.Password!, "vetcrmdb", flow.Connections, TimeSpan.FromSeconds(settings.Seconds)));
            }
            apiMemory = Math.Max(apiMemory, stack.WorkingSetMiB("api"));
            workerMemory = Math.Max(workerMemory, stack.WorkingSetMiB("worker"));
        }
        graphQlRatios.Add(measured["graphql-referral-queue"][^1].RequestsPerSecond / measured["referral-queue"][^1].RequestsPerSecond);
        if (parseHere)
        {
            Console.WriteLine("     Parse Server anchor");
            var parse = await ParseAnchor.RunAsync(settings.ParseScript!, pets, settings.Seconds);
            foreach (var flow in flows.Where(f => f.ParseFlow is not null && parse.ContainsKey(f.ParseFlow)))
            {
                parseMeasured[flow.Name].Add(parse[flow.ParseFlow!]);
                parseRatios[flow.Name].Add(measured[flow.Name][^1].RequestsPerSecond / parse[flow.ParseFlow!].RequestsPerSecond);
            }
            floorRatios.Add(measured[BenchFlows.SignedInFloor][^1].RequestsPerSecond / parse["create-interaction"].RequestsPerSecond);
        }
        var burst = await NoticeBurstBench.RunAsync(stack, 5000);
        bursts.Add(burst);
        Console.WriteLine($"     notice burst: {burst.Events:N0} events sent in {burst.Drained.TotalSeconds:0.0} s, API CPU {burst.ApiCpu.TotalSeconds:0.0} s");
    }
    scripts.Delete(recursive: true);

    report.AppendLine($"## {pets:N0} pets").AppendLine()
        .AppendLine("| flow | req/s | p50 ms | p99 ms | non-2xx | Parse req/s | × Parse | pgbench tps | API ÷ pgbench |")
        .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var flow in flows)
    {
        var runs = measured[flow.Name];
        var pg = sql[flow.Name];
        var ratios = pg.Count == runs.Count ? runs.Zip(pg, (a, s) => a.RequestsPerSecond / s.RequestsPerSecond).ToList() : [];
        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {flow.Name} | {Spread(runs.Select(r => r.RequestsPerSecond), "0")} | {Median(runs.Select(r => r.P50Ms)):0.00} | {Spread(runs.Select(r => r.P99Ms), "0.0")} | {runs.Sum(r => r.Non2xx)} | {Spread(parseMeasured[flow.Name].Select(r => r.RequestsPerSecond), "0")} | {Spread(parseRatios[flow.Name], "0.0")} | {Spread(pg.Select(r => r.RequestsPerSecond), "0")} | {Spread(ratios, "0.00")} |"));
    }
    report.AppendLine()
        .AppendLine(string.Create(CultureInfo.InvariantCulture, $"GraphQL ÷ REST for the same referral-queue page: {Spread(graphQlRatios, "0.00")}."));
    if (floorRatios.Count > 0)
    {
        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"The cheapest signed-in request ({BenchFlows.SignedInFloor}, `/api/auth/me`) ÷ Parse's create-interaction in the same round: {Spread(floorRatios, "0.00")}; no write of the API can reach a higher ratio."));
    }
    report
        .AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"A burst of {bursts[0].Events:N0} `plan.overdue` events committed at once (a notice each for the pet's specialist): sent in {Spread(bursts.Select(b => b.Drained.TotalSeconds), "0.0")} s, with {Spread(bursts.Select(b => b.ApiCpu.TotalSeconds), "0.0")} s of API CPU."))
        .AppendLine($"Load time {loadTime.TotalSeconds:0.0} s (binary COPY, then the worker flags what the data has overdue). Working set under load: API {apiMemory} MiB, worker {workerMemory} MiB.")
        .AppendLine($"pgbench scripts: {string.Join(", ", sqlScripts.Keys.Select(name => $"`bench/out/sql-{name}.sql`"))}.");
    if (parseSeeding is { } seeding)
    {
        report.AppendLine($"Parse seeding: {seeding.TotalSeconds:0.0} s (100 pets through REST, the rest in SQL, indexes, VACUUM ANALYZE), once for all rounds.");
    }
    report.AppendLine();
    foreach (var (flow, plan) in plans)
    {
        report.AppendLine($"Plan of the {flow} list query (EXPLAIN ANALYZE):").AppendLine().AppendLine("```").AppendLine(plan).AppendLine("```").AppendLine();
    }
    await File.WriteAllTextAsync(settings.ResultsFile, report.ToString()); // what is measured so far survives a later failure
}

if (settings.ScanPlans.Length > 0)
{
    report.AppendLine("## Reminder scan").AppendLine()
        .AppendLine("The worker's own `ReminderScanner` against the stack's database, 1% of active plans overdue, batches of 100.").AppendLine()
        .AppendLine("| active plans | overdue flagged | first scan (flags all) | next scan (nothing new) | plans loaded in |").AppendLine("|---:|---:|---:|---:|---:|");
}
string? lastPlan = null;
foreach (var plans in settings.ScanPlans)
{
    Console.WriteLine($"== reminder scan over {plans:N0} active plans");
    await using var stack = await StackUnderTest.StartAsync();
    await stack.SeedAsync(1);
    var scan = await ReminderScanBench.RunAsync(stack, plans);
    Console.WriteLine($"   loaded in {scan.LoadTime.TotalSeconds:0} s, first scan {scan.FirstScan.TotalMilliseconds:0} ms ({scan.Overdue:N0} flagged), next scan {scan.SteadyScan.TotalMilliseconds:0.0} ms");
    report.AppendLine(string.Create(CultureInfo.InvariantCulture,
        $"| {scan.ActivePlans:N0} | {scan.Overdue:N0} | {scan.FirstScan.TotalMilliseconds:0} ms | {scan.SteadyScan.TotalMilliseconds:0.0} ms | {scan.LoadTime.TotalSeconds:0} s |"));
    lastPlan = scan.Plan;
}
if (lastPlan is not null)
{
    report.AppendLine().AppendLine("Plan of the query for unflagged overdue plans at the largest size (EXPLAIN ANALYZE):").AppendLine().AppendLine("```").AppendLine(lastPlan).AppendLine("```");
}

await File.WriteAllTextAsync(settings.ResultsFile, report.ToString());
Console.WriteLine(report);
Console.WriteLine($"Written to {settings.ResultsFile}");

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

// The median, then the lowest and highest round: "1234 (1200–1260)".
static string Spread(IEnumerable<double> values, string format)
{
    var all = values.ToArray();
    if (all.Length == 0) return "–";
    var median = Median(all).ToString(format, CultureInfo.InvariantCulture);
    return all.Length == 1 ? median : $"{median} ({all.Min().ToString(format, CultureInfo.InvariantCulture)}–{all.Max().ToString(format, CultureInfo.InvariantCulture)})";
}

static string MachineFacts()
{
    var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
    var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
    return $"{Environment.ProcessorCount} cores ({cpu}), {long.Parse(memory) / 1024 / 1024} GiB, .NET {Environment.Version}, PostgreSQL 15";
}

internal sealed record BenchSettings(int[] Pets, int[] ScanPlans, int Rounds, int Seconds, string? ParseScript, int[] ParsePets, string ResultsFile, string OutputFolder, bool Hold)
{
    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int[] Numbers(string name, string fallback) => (Value(name) ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        var results = Path.GetFullPath(Value("--out") ?? "bench/RESULTS.md");
        var output = Path.Combine(Path.GetDirectoryName(results)!, "out");
        Directory.CreateDirectory(output);
        return new BenchSettings(Numbers("--pets", "5000,100000,1000000"), Numbers("--scan", "100000,1000000"), int.Parse(Value("--rounds") ?? "3"),
            int.Parse(Value("--seconds") ?? "10"), Value("--parse") is { } parse ? Path.GetFullPath(parse) : null,
            // Parse Server can run at every size: bench/parse/run.sh seeds a size once (REST, then SQL) and keeps it.
            Numbers("--parse-pets", Value("--pets") ?? "5000,100000,1000000"), results, output, args.Contains("--hold"));
    }
}

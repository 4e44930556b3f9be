using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using VetCrm.Bench;

// Usage: VetCrm.Bench [--pets 5000,100000] [--seconds 15] [--scan 100000,1000000] [--parse PATH/run.sh] [--out bench/RESULTS.md] [--hold]
var settings = BenchSettings.Parse(args);
var report = new StringBuilder();
report.AppendLine("# VetCrm benchmark results").AppendLine()
    .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `bench/run.sh` on {MachineFacts()}.")
    .AppendLine($"wrk: 2 threads, 32 connections (16 for writes), {settings.Seconds} s per flow after a 10 s warm-up; pgbench runs the SQL the API")
    .AppendLine("sent for the same request (captured from PostgreSQL's own statement log) as prepared statements, 32 clients. Parse Server: `../shared/bench/parse-anchor/run.sh`,")
    .AppendLine("run in the same session when `--parse` is given.").AppendLine();

foreach (var pets in settings.Pets)
{
    Console.WriteLine($"== {pets:N0} pets: starting the stack and loading data");
    await using var stack = await StackUnderTest.StartAsync();
    var seeded = System.Diagnostics.Stopwatch.StartNew();
    await stack.SeedAsync(pets);
    var loadTime = seeded.Elapsed;
    Console.WriteLine($"   loaded in {loadTime.TotalSeconds:0.0} s");
    if (settings.Hold)
    {
        // For profiling by hand: the loaded stack stays up until Ctrl+C or SIGTERM.
        Console.WriteLine($"   holding: API {stack.Api} token {stack.AdminToken}\n   database {stack.DatabaseConnectionString}");
        var stop = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });
        await stop.Task;
        return;
    }
    var api = stack.Api.ToString().TrimEnd('/');
    var petId = await stack.ScalarAsync<Guid>("SELECT id FROM pets ORDER BY updated_at DESC LIMIT 1");
    var searchName = await stack.ScalarAsync<string>("SELECT split_part(pet_name, ' ', 1) FROM pets LIMIT 1");
    var interaction = Path.Combine(Path.GetTempPath(), $"vetcrm-bench-post-{Guid.NewGuid():N}.lua");
    await File.WriteAllTextAsync(interaction, $$"""
        wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
        wrk.body = '{"pet":{"id":"{{petId}}"},"user":{"id":"{{stack.AdminId}}"},"interactionType":"call","summary":"Called owner","followUpNeeded":false,"interactionAt":"2026-11-21T10:00:00Z"}'
        """);

    (string Flow, string Path, int Connections, string? Script, string? ParseFlow)[] flows =
    [
        ("referral-queue", "/api/referrals?include=pet,receivedBy&order=-receivedAt&limit=50", 32, null, "referral-queue"),
        ("pet-pipeline", "/api/pets?include=assignedSpecialist&order=-updatedAt&limit=50", 32, null, "pet-pipeline"),
        ("create-interaction", "/api/interactions", 16, interaction, "create-interaction"),
        ("triage-queue", "/api/referrals/queue", 32, null, null),
        ("pet-search", $"/api/pets?q={Uri.EscapeDataString(searchName)}&limit=50", 32, null, null),
        ("case-page", $"/api/pets/{petId}?include=assignedSpecialist", 32, null, null),
    ];
    var results = new List<(FlowResult Api, FlowResult? Sql, string? ParseFlow)>();
    var plans = new List<(string Flow, string Plan)>();
    long apiMemory = 0, workerMemory = 0;
    foreach (var flow in flows)
    {
        Console.WriteLine($"   {flow.Flow}");
        FlowResult? sql = null;
        if (flow.Script is null && flow.Flow is "referral-queue" or "pet-pipeline")
        {
            var table = flow.Flow == "pet-pipeline" ? "pets" : "referrals";
            var script = await stack.CaptureSqlAsync(flow.Path, table);
            var server = stack.Server;
            sql = await Tools.PgBenchAsync(flow.Flow, script, server.Host!, server.Port, server.Password!, "vetcrmdb", 32, TimeSpan.FromSeconds(settings.Seconds));
            await File.WriteAllTextAsync(Path.Combine(settings.OutputFolder, $"sql-{flow.Flow}.sql"), script);
            plans.Add((flow.Flow, await stack.ExplainAsync(script.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Last(s => s.Contains($"FROM {table}")))));
        }
        var measured = await Tools.WrkAsync(flow.Flow, api + flow.Path, stack.AdminToken, flow.Connections, TimeSpan.FromSeconds(settings.Seconds), flow.Script);
        apiMemory = Math.Max(apiMemory, stack.WorkingSetMiB("api"));
        workerMemory = Math.Max(workerMemory, stack.WorkingSetMiB("worker"));
        results.Add((measured, sql, flow.ParseFlow));
    }
    File.Delete(interaction);

    IReadOnlyDictionary<string, FlowResult> parse = new Dictionary<string, FlowResult>();
    if (settings.ParseScript is { } parseScript)
    {
        Console.WriteLine("   Parse Server anchor");
        parse = await ParseAnchor.RunAsync(parseScript, pets, settings.Seconds);
    }

    report.AppendLine($"## {pets:N0} pets").AppendLine()
        .AppendLine("| flow | req/s | p50 ms | p99 ms | non-2xx | Parse req/s | × Parse | pgbench tps | API ÷ pgbench |")
        .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var (measured, sql, parseFlow) in results)
    {
        var anchor = parseFlow is not null && parse.TryGetValue(parseFlow, out var p) ? p : null;
        report.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {measured.Flow} | {measured.RequestsPerSecond:0} | {measured.P50Ms:0.00} | {measured.P99Ms:0.00} | {measured.Non2xx} | {Cell(anchor?.RequestsPerSecond, "0")} | {Cell(anchor is null ? null : measured.RequestsPerSecond / anchor.RequestsPerSecond, "0.0")} | {Cell(sql?.RequestsPerSecond, "0")} | {Cell(sql is null ? null : measured.RequestsPerSecond / sql.RequestsPerSecond, "0.00")} |"));
    }
    report.AppendLine().AppendLine($"Load time {loadTime.TotalSeconds:0.0} s (binary COPY, then the worker flags what the data has overdue). Working set under load: API {apiMemory} MiB, worker {workerMemory} MiB.")
        .AppendLine($"pgbench scripts: `bench/out/sql-referral-queue.sql`, `bench/out/sql-pet-pipeline.sql`.").AppendLine();
    foreach (var (flow, plan) in plans)
    {
        report.AppendLine($"Plan of the {flow} list query (EXPLAIN ANALYZE):").AppendLine().AppendLine("```").AppendLine(plan).AppendLine("```").AppendLine();
    }
    await File.WriteAllTextAsync(settings.ResultsFile, report.ToString()); // what is measured so far survives a later failure
}

report.AppendLine("## Reminder scan").AppendLine()
    .AppendLine("The worker's own `ReminderScanner` against the stack's database, 1% of active plans overdue, batches of 100.").AppendLine()
    .AppendLine("| active plans | overdue flagged | first scan (flags all) | next scan (nothing new) |").AppendLine("|---:|---:|---:|---:|");
string? lastPlan = null;
foreach (var plans in settings.ScanPlans)
{
    Console.WriteLine($"== reminder scan over {plans:N0} active plans");
    await using var stack = await StackUnderTest.StartAsync();
    await stack.SeedAsync(1);
    var scan = await ReminderScanBench.RunAsync(stack, plans);
    report.AppendLine(string.Create(CultureInfo.InvariantCulture,
        $"| {scan.ActivePlans:N0} | {scan.Overdue:N0} | {scan.FirstScan.TotalMilliseconds:0} ms | {scan.SteadyScan.TotalMilliseconds:0.0} ms |"));
    lastPlan = scan.Plan;
}
if (lastPlan is not null)
{
    report.AppendLine().AppendLine("Plan of the claim query at the largest size (EXPLAIN ANALYZE):").AppendLine().AppendLine("```").AppendLine(lastPlan).AppendLine("```");
}

await File.WriteAllTextAsync(settings.ResultsFile, report.ToString());
Console.WriteLine(report);
Console.WriteLine($"Written to {settings.ResultsFile}");

static string Cell(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

static string MachineFacts()
{
    var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
    var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
    return $"{Environment.ProcessorCount} cores ({cpu}), {long.Parse(memory) / 1024 / 1024} GiB, .NET {Environment.Version}, PostgreSQL 15";
}

internal sealed record BenchSettings(int[] Pets, int[] ScanPlans, int Seconds, string? ParseScript, string ResultsFile, string OutputFolder, bool Hold)
{
    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int[] Numbers(string name, string fallback) => (Value(name) ?? fallback).Split(',').Select(int.Parse).ToArray();
        var results = Path.GetFullPath(Value("--out") ?? "bench/RESULTS.md");
        var output = Path.Combine(Path.GetDirectoryName(results)!, "out");
        Directory.CreateDirectory(output);
        return new BenchSettings(Numbers("--pets", "5000,100000"), Numbers("--scan", "100000,1000000"),
            int.Parse(Value("--seconds") ?? "15"), Value("--parse") is { } parse ? Path.GetFullPath(parse) : null, results, output,
            args.Contains("--hold"));
    }
}

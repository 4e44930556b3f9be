using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VetCrm.Data;
using VetCrm.Data.Seeding;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace VetCrm.Bench;

/// <summary>The AppHost's model started on free ports (as the tests start it), loaded with N pets of bench data.</summary>
public sealed class StackUnderTest : IAsyncDisposable
{
    private readonly string _dataDirectory;

    private StackUnderTest(DistributedApplication app, string dataDirectory, string databaseConnectionString, string serverConnectionString)
    {
        App = app;
        _dataDirectory = dataDirectory;
        DatabaseConnectionString = databaseConnectionString;
        Server = new NpgsqlConnectionStringBuilder(serverConnectionString);
    }

    public DistributedApplication App { get; }
    public string AdminToken { get; private set; } = "";
    public string AdminId { get; private set; } = "";
    public Uri Api => App.GetEndpoint("api");
    public string DatabaseConnectionString { get; }
    public NpgsqlConnectionStringBuilder Server { get; }

    /// <summary>The application's database as the server's superuser: for what only a table's owner may do (VACUUM, ANALYZE).</summary>
    public string SuperuserDatabaseConnectionString => new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = "vetcrmdb" }.ConnectionString;

    /// <summary>The AppHost's model as the tests start it: random ports and a throw-away data directory.</summary>
    /// <param name="profiling">The API writes the runtime's perf map, so <c>perf</c> can name JIT-compiled frames.</param>
    public static async Task<StackUnderTest> StartAsync(bool profiling = false)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var dataDirectory = Path.Combine(Path.GetTempPath(), "vetcrm-test-data", $"bench-{Guid.NewGuid():N}");
        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VetCrm_AppHost>(deadline.Token);
        // Durable, as in production and as Parse Server's PostgreSQL runs: fsync and synchronous commit stay on.
        appHost.CreateResourceBuilder<LocalPostgresServerResource>("postgres").WithDataDirectory(dataDirectory);
        var api = appHost.CreateResourceBuilder<ProjectResource>("api").WithEnvironment("Seed__DemoData", "false")
            // Load goes to the API itself, as from a load balancer, not through the development proxy Aspire puts in front.
            // An unproxied endpoint keeps its port (the AppHost's fixed 5200: a dev run's), so the API gets a free one: on a
            // taken port the health check would pass against the other process and the bench would load an unmigrated database.
            .WithEndpoint("http", endpoint => { endpoint.IsProxied = false; endpoint.Port = endpoint.TargetPort = FreePort(); });
        // Without write-xor-execute, JIT-compiled code is not in a file-backed mapping, where perf would not look it up.
        if (profiling) api.WithEnvironment("DOTNET_PerfMapEnabled", "1").WithEnvironment("DOTNET_EnableWriteXorExecute", "0");
        var app = await appHost.BuildAsync(deadline.Token);
        await app.StartAsync(deadline.Token);
        foreach (var name in new[] { "api", "worker", "web" })
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(name, deadline.Token);
        }
        return new StackUnderTest(app, dataDirectory, (await app.GetConnectionStringAsync("vetcrmdb", deadline.Token))!,
            (await app.GetConnectionStringAsync("postgres", deadline.Token))!);
    }

    /// <summary>The first port from 5201 up that nothing listens on (below Linux's ephemeral range, see the README).</summary>
    private static int FreePort()
    {
        for (var port = 5201; ; port++)
        {
            try
            {
                using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (System.Net.Sockets.SocketException)
            {
                // Taken: try the next one.
            }
        }
    }

    /// <summary>Runs one of Aspire's resource commands (stop, start …), as an operator would from the dashboard.</summary>
    public async Task ExecuteCommandAsync(string resourceName, string command)
    {
        var resource = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == resourceName);
        var result = await App.ResourceCommands.ExecuteCommandAsync(resource, command);
        if (!result.Success) throw new InvalidOperationException($"{command} on {resourceName}: {result.Message}");
    }

    public async Task SeedAsync(int pets)
    {
        // No command timeout: completing a COPY of millions of rows into a durable database takes minutes.
        var options = new DbContextOptionsBuilder<VetCrmDbContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(DatabaseConnectionString) { CommandTimeout = 0 }.ConnectionString).Options;
        await using var db = new VetCrmDbContext(options);
        await new SeedData(db, TimeProvider.System).BulkAsync(pets, StaffPassword, CancellationToken.None);

        AdminToken = await LoginAsync("admin", (await AdminPasswordAsync())!);
        using var http = new HttpClient { BaseAddress = Api };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AdminToken);
        AdminId = (string)(await http.GetFromJsonAsync<JsonObject>("/api/auth/me"))!["id"]!;
        await WaitUntilQuietAsync();
        // What a bulk load is followed by in production too: otherwise autovacuum starts on the fresh tables mid-measurement.
        // As the superuser: the application's role owns no table, so its VACUUM would skip them all.
        await ExecuteAsync("VACUUM (ANALYZE)", SuperuserDatabaseConnectionString);
    }

    /// <summary>A bearer token for one of the bench data's staff (password <see cref="StaffPassword"/>) or the admin.</summary>
    public async Task<string> LoginAsync(string username, string password = StaffPassword)
    {
        using var http = new HttpClient { BaseAddress = Api };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { username, password });
        return (string)(await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
    }

    public const string StaffPassword = "Bench-passw0rd";

    private async Task<string?> AdminPasswordAsync() =>
        await App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ParameterResource>().Single(p => p.Name == "admin-password").GetValueAsync(default);

    /// <summary>
    /// Measures the steady state: the worker has flagged the reviews the data set has overdue and the API has sent their
    /// live events, so neither backlog competes with the flows being measured.
    /// </summary>
    public async Task WaitUntilQuietAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (await ScalarAsync<long>("""
            SELECT (SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL)
                 + (SELECT count(*) FROM treatment_plans p WHERE p.plan_status = 'active' AND p.next_review_date < current_date AND p.archived_at IS NULL
                    AND NOT EXISTS (SELECT 1 FROM reminder_flags f WHERE f.treatment_plan_id = p.id AND f.review_date = p.next_review_date))
            """) > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The worker and the outbox did not catch up with the loaded data.");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Rows of (id, version, status) to start versioned changes from.</summary>
    public async Task<List<(Guid Id, long Version, string Status)>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, long, string)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2)));
        return rows;
    }

    public async Task ExecuteAsync(string sql, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? DatabaseConnectionString);
        await connection.OpenAsync();
        // No timeout: loading ten million plans into a durable database takes as long as it takes.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The plan PostgreSQL runs for a statement, with actual row counts.</summary>
    public async Task<string> ExplainAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) {sql}", connection);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    /// <summary>The id of a resource's process, as the orchestrator reports it.</summary>
    public int ProcessId(string resource)
    {
        App.ResourceNotifications.TryGetCurrentState(resource, out var state);
        return Convert.ToInt32(state!.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value);
    }

    /// <summary>
    /// The service's own process: the orchestrator runs a project as <c>dotnet run</c>, so the process it reports is the
    /// CLI's, and the service is that process's child.
    /// </summary>
    public int ServiceProcessId(string resource)
    {
        var launcher = ProcessId(resource);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var id) && StatFields(id) is { } fields && int.Parse(fields[1]) == launcher) return id;
        }
        return launcher;
    }

    /// <summary>Resident memory of a resource's service process, in MiB.</summary>
    public long WorkingSetMiB(string resource)
    {
        var line = File.ReadLines($"/proc/{ServiceProcessId(resource)}/status").First(l => l.StartsWith("VmRSS:"));
        return long.Parse(Regex.Match(line, @"\d+").Value) / 1024;
    }

    /// <summary>User and system CPU time a resource's service process has used so far (/proc counts in 1/100 s).</summary>
    public TimeSpan CpuTime(string resource)
    {
        var fields = StatFields(ServiceProcessId(resource)) ?? throw new InvalidOperationException($"The {resource} process is gone.");
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0);
    }

    /// <summary>The fields of /proc/{id}/stat after the process name (state, ppid, … utime is [11], stime [12]); null once it is gone.</summary>
    private static string[]? StatFields(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The SQL the API sends for one request, as PostgreSQL itself logged it (statement plus bound parameters),
    /// turned into a pgbench script: what the database does for this flow, without the API around it.
    /// </summary>
    public async Task<string> CaptureSqlAsync(string path, SqlCapture capture)
    {
        using var http = new HttpClient { BaseAddress = Api };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AdminToken);
        await using var log = await PostgresStatementLog.StartAsync(App, "postgres");
        return capture.Body is null ? await CaptureListAsync(http, log, path, capture.Table) : await CaptureWriteAsync(http, log, path, capture);
    }

    private static async Task<string> CaptureListAsync(HttpClient http, PostgresStatementLog log, string path, string listedTable)
    {
        var logged = await log.CaptureAsync(
            async () => (await http.GetAsync(path)).EnsureSuccessStatusCode(),
            statements => statements.Any(s => s.Contains($"FROM {listedTable}")));
        // The flows measured are reads: only SELECTs belong to them; a request that had to be repeated until its statement
        // reached the log is counted once.
        // The log arrives late: a statement of the request captured before can still come in, so only the list's own
        // query (its includes are joins in it) is taken. The last one may be read before the lines that continue it
        // arrive: a cut-off copy is left out.
        var selects = logged.Where(s => s.StartsWith("SELECT", StringComparison.Ordinal) && s.Contains($"FROM {listedTable}") && !IsBackgroundWork(s))
            .Distinct().ToList();
        var statements = selects.Where(s => !selects.Any(other => other.Length > s.Length && other.StartsWith(s, StringComparison.Ordinal)));
        return string.Concat(statements.Select(s => s + ";\n"));
    }

    /// <summary>
    /// One create, as the database saw it: the request's reads (those naming its pet: the reach check), then its one
    /// batch of inserts (the record, its audit entry, its outbox row). Each try is a new request for the next pet, sent
    /// once nothing else is pending, so that the dispatcher's work for an earlier event cannot be taken for this one's; a
    /// try whose reads did not reach the log (a pooled connection applies the logging setting only after its next
    /// statement) is dropped.
    /// </summary>
    private async Task<string> CaptureWriteAsync(HttpClient http, PostgresStatementLog log, string path, SqlCapture capture)
    {
        var pets = capture.Pets ?? throw new InvalidOperationException("A write capture needs the pets its requests are for.");
        foreach (var pet in pets.Take(20))
        {
            await WaitUntilQuietAsync();
            var mark = log.Mark();
            var body = new StringContent(capture.Body!.Replace("{pet}", pet.ToString()), System.Text.Encoding.UTF8, "application/json");
            (await http.PostAsync(path, body)).EnsureSuccessStatusCode();
            var petLiteral = $"'{pet}'";
            // The log arrives late: wait a while for the whole batch.
            for (var deadline = DateTime.UtcNow.AddSeconds(5); DateTime.UtcNow < deadline; await Task.Delay(100))
            {
                var logged = log.EntriesSince(mark);
                var record = logged.Select((s, index) => (s, index))
                    .FirstOrDefault(e => e.s.Sql.StartsWith($"INSERT INTO {capture.Table} ", StringComparison.Ordinal) && e.s.Sql.Contains(petLiteral));
                if (record.s is null) continue;
                // Its audit entry and outbox row name the new record's id, and came in the same batch, on the same connection.
                var id = $"'{ReplayableWrite.IdOf(record.s.Sql)}'";
                var inserts = logged.Where(s => s.ProcessId == record.s.ProcessId && s.Sql.StartsWith("INSERT", StringComparison.Ordinal) && s.Sql.Contains(id))
                    .Select(s => s.Sql).ToList();
                if (!new[] { "audit_entries", "outbox_messages" }.All(table => inserts.Any(sql => sql.StartsWith($"INSERT INTO {table} ", StringComparison.Ordinal)))) continue;
                var reads = logged.Take(record.index).Select(s => s.Sql)
                    .Where(sql => sql.StartsWith("SELECT", StringComparison.Ordinal) && sql.Contains(petLiteral) && !IsBackgroundWork(sql)).ToList();
                // The reads were logged before the batch: if they are missing now, they never will be.
                if (reads.Count == 0) break;
                return ReplayableWrite.From(reads, inserts, pet, pets);
            }
        }
        throw new TimeoutException($"PostgreSQL's log did not show a whole {capture.Table} create in 20 tries.");
    }

    /// <summary>Statements of the API's dispatcher, the worker and health checks, which are not part of the request.</summary>
    private static bool IsBackgroundWork(string sql) =>
        sql.Contains("outbox_messages") || sql.Contains("webhook_deliveries") || sql.Trim() == "SELECT 1" || sql.Contains("reminder_flags") || sql.Contains("count(*)", StringComparison.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}

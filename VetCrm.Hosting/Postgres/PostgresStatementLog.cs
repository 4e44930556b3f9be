using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The statements a PostgreSQL resource executes, read from the server's own log (its console output, as Aspire
/// collects it) with the bound parameter values put in place: what the services really send, seen from the database,
/// across process boundaries. Logging is on from <see cref="StartAsync"/> until disposal.
/// </summary>
public sealed partial class PostgresStatementLog : IAsyncDisposable
{
    private readonly string _serverConnectionString;
    private readonly List<string> _lines = [];
    private readonly CancellationTokenSource _stopWatching = new();

    private PostgresStatementLog(string serverConnectionString) => _serverConnectionString = serverConnectionString + ";Database=postgres";

    /// <summary>
    /// Turns statement logging on. Open connections apply it at their next statement after the reload signal reaches
    /// them, so the first statements after this call may still go unlogged: poll for what you expect to see.
    /// </summary>
    public static async Task<PostgresStatementLog> StartAsync(DistributedApplication app, string serverName)
    {
        var server = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<LocalPostgresServerResource>().Single(r => r.Name == serverName);
        var log = new PostgresStatementLog(await ((IResourceWithConnectionString)server).GetConnectionStringAsync() ?? "");
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in logs.WatchAsync(server).WithCancellation(log._stopWatching.Token))
                {
                    lock (log._lines) log._lines.AddRange(batch.Select(line => TimestampPrefix().Replace(line.Content, "")));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        await log.SetLoggingAsync("ALTER SYSTEM SET log_min_duration_statement = 0");
        return log;
    }

    /// <summary>A position in the log; <see cref="StatementsSince"/> returns what was logged after it.</summary>
    public int Mark()
    {
        lock (_lines) return _lines.Count;
    }

    public IReadOnlyList<string> StatementsSince(int mark) => [.. EntriesSince(mark).Select(e => e.Sql)];

    /// <summary>What was logged after <paramref name="mark"/>, each statement with the server process that ran it.</summary>
    public IReadOnlyList<LoggedStatement> EntriesSince(int mark)
    {
        List<string> lines;
        lock (_lines) lines = _lines[mark..];
        return [.. Statements(lines).Where(s => !s.Sql.Contains("log_min_duration_statement") && !s.Sql.Contains("pg_reload_conf"))];
    }

    /// <summary>
    /// Runs <paramref name="action"/> until the statements logged while it ran satisfy <paramref name="complete"/>
    /// (the first runs may predate the logging setting on some connections), and returns those statements.
    /// </summary>
    public async Task<IReadOnlyList<string>> CaptureAsync(Func<Task> action, Func<IReadOnlyList<string>, bool> complete, TimeSpan? deadline = null)
    {
        var giveUpAt = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var mark = Mark();
            await action();
            var statements = StatementsSince(mark);
            if (complete(statements))
            {
                return statements;
            }
            if (DateTime.UtcNow > giveUpAt)
            {
                throw new TimeoutException($"PostgreSQL did not log the expected statements; last capture: {string.Join(" | ", statements)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await SetLoggingAsync("ALTER SYSTEM RESET log_min_duration_statement");
        await _stopWatching.CancelAsync();
        _stopWatching.Dispose();
    }

    /// <summary>
    /// Changes the setting and waits until the server applies it: pg_reload_conf() only signals the postmaster, and a
    /// connection opened before it re-read the file would inherit the old value. A fresh connection that reports the
    /// new value proves every later connection gets it too.
    /// </summary>
    private async Task SetLoggingAsync(string statement)
    {
        await using (var connection = new NpgsqlConnection(_serverConnectionString))
        {
            await connection.OpenAsync();
            await using (var command = new NpgsqlCommand(statement, connection)) await command.ExecuteNonQueryAsync();
            await using (var reload = new NpgsqlCommand("SELECT pg_reload_conf()", connection)) await reload.ExecuteNonQueryAsync();
        }
        var expected = statement.StartsWith("ALTER SYSTEM SET", StringComparison.Ordinal) ? "0" : "-1";
        var giveUpAt = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await using var probe = new NpgsqlConnection(_serverConnectionString + ";Pooling=false");
            await probe.OpenAsync();
            await using var show = new NpgsqlCommand("SHOW log_min_duration_statement", probe);
            if ((string?)await show.ExecuteScalarAsync() == expected) return;
            if (DateTime.UtcNow > giveUpAt) throw new TimeoutException($"PostgreSQL did not apply: {statement}");
        }
    }

    private static IEnumerable<LoggedStatement> Statements(List<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var start = StatementStart().Match(lines[i]);
            if (!start.Success) continue;
            var sql = new List<string> { start.Groups["sql"].Value };
            // Multi-line statements continue on lines that PostgreSQL indents with a tab.
            while (i + 1 < lines.Count && lines[i + 1].StartsWith('\t')) sql.Add(lines[++i].TrimStart('\t'));
            var text = string.Join('\n', sql);
            if (i + 1 < lines.Count && lines[i + 1].Contains("DETAIL:  parameters:"))
            {
                var parameters = Parameter().Matches(lines[++i]).ToDictionary(m => int.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
                foreach (var (number, value) in parameters.OrderByDescending(p => p.Key))
                {
                    text = text.Replace($"${number}", value);
                }
            }
            yield return new LoggedStatement(int.Parse(start.Groups["pid"].Value), text);
        }
    }

    // After the default log_line_prefix ('%m [%p] '): the time, then the server process's id in brackets.
    [GeneratedRegex(@"\[(?<pid>\d+)\] LOG:  duration: [\d.]+ ms  (?:execute [^:]*|statement): (?<sql>.*)$")]
    private static partial Regex StatementStart();

    [GeneratedRegex(@"\$(\d+) = ('(?:[^']|'')*'|NULL)")]
    private static partial Regex Parameter();

    /// <summary>The time stamp a console log line may carry in front of what the process wrote.</summary>
    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ")]
    private static partial Regex TimestampPrefix();
}

using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Orchestration;

namespace VetCrm.Hosting.Postgres;

/// <summary>Runs PostgreSQL from the machine's installation: initdb on first start, then postgres on 127.0.0.1.</summary>
internal sealed class PostgresServerRunner : ProcessRunner
{
    private const string ServiceUser = "postgres";
    private readonly PostgresServerResource _server;
    private readonly string _initdb;
    private readonly string _postgres;

    public PostgresServerRunner(ResourceInstance instance, RunContext context, PostgresServerResource server) : base(instance, context)
    {
        _server = server;
        var folders = Prerequisites.PostgresBinFolders();
        _initdb = Prerequisites.Find("initdb", "postgresql", folders);
        _postgres = Prerequisites.Find("postgres", "postgresql", folders);
    }

    private bool Persistent => !Context.State.Ephemeral && _server.Annotations.OfType<PersistentDataAnnotation>().Any();
    private string ResourceFolder => Path.Combine(Context.State.Path, _server.Name);
    private string DataFolder => Path.Combine(ResourceFolder, Persistent ? "data" : "data-transient");

    protected override async Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken)
    {
        StateDirectory.CreateTraversable(ResourceFolder);
        if (!Persistent && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        if (!File.Exists(Path.Combine(DataFolder, "PG_VERSION")))
        {
            await InitializeDataFolderAsync(cancellationToken);
        }

        List<string> arguments =
        [
            "-D", DataFolder,
            "-p", _server.Endpoint.AllocatedPort!.Value.ToString(),
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=",
            "-c", "max_connections=300",
        ];
        if (Context.State.Ephemeral)
        {
            // Test data is thrown away: durability only costs time.
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }
        var (fileName, args) = AsUnprivilegedUser(_postgres, arguments, ServiceUser);
        // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients to disconnect.
        return Spec(fileName, args, ResourceFolder, stopSignal: PosixSignal.SIGINT);
    }

    private async Task InitializeDataFolderAsync(CancellationToken cancellationToken)
    {
        Context.Logs.Write(Instance.Name, $"initdb: creating the data folder {DataFolder}", isError: false);
        var passwordFile = Path.Combine(ResourceFolder, ".pwfile");
        await File.WriteAllTextAsync(passwordFile, _server.Password.Value, cancellationToken);
        try
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            if (NativeMethods.IsRoot)
            {
                Directory.CreateDirectory(DataFolder);
                await RunToEndAsync("chown", [ServiceUser, DataFolder, passwordFile], cancellationToken);
            }
            var (fileName, args) = AsUnprivilegedUser(_initdb,
                ["-D", DataFolder, "-U", PostgresServerResource.UserName, "--pwfile", passwordFile,
                 "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"],
                ServiceUser);
            await RunToEndAsync(fileName, args, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task RunToEndAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var process = ManagedProcess.Start(Spec(fileName, arguments, ResourceFolder), (line, isError) => Context.Logs.Write(Instance.Name, line, isError));
        var exitCode = await process.Exited.WaitAsync(cancellationToken);
        if (exitCode != 0)
        {
            throw new DistributedApplicationException($"{Path.GetFileName(fileName)} {string.Join(' ', arguments.Take(3))}… failed with exit code {exitCode}; see the console output of '{Instance.Name}'.");
        }
    }

    public override Task<HealthCheckResult> CheckHealthAsync(CancellationToken cancellationToken) =>
        PostgresHealth.CheckAsync(_server.GetConnectionString() + ";Database=postgres", cancellationToken);
}

/// <summary>Creates a database in its server on first start; healthy when it accepts connections.</summary>
internal sealed class PostgresDatabaseRunner(ResourceInstance instance, RunContext context, PostgresDatabaseResource database)
    : ResourceRunner(instance, context)
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        SetState(ResourceState.Starting);
        await using var connection = new NpgsqlConnection(database.Server.GetConnectionString() + ";Database=postgres;Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = database.DatabaseName } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            Context.Logs.Write(Instance.Name, $"created database {database.DatabaseName}", isError: false);
        }
        Instance.StartedAt = Context.Time.GetUtcNow();
        SetState(ResourceState.Running);
    }

    public override Task StopAsync()
    {
        SetState(ResourceState.Finished);
        return Task.CompletedTask;
    }

    public override Task<HealthCheckResult> CheckHealthAsync(CancellationToken cancellationToken) =>
        PostgresHealth.CheckAsync(database.GetConnectionString(), cancellationToken);
}

internal static class PostgresHealth
{
    public static async Task<HealthCheckResult> CheckAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Timeout=3");
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"SELECT 1 in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}

using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Aspire.Hosting;

/// <summary>
/// PostgreSQL from the machine's Debian packages as an Aspire executable resource, shaped like Aspire's own
/// <c>AddPostgres(...).AddDatabase(...)</c>: <c>WithReference(database)</c> hands a project
/// <c>ConnectionStrings__{database}</c>, and <c>WaitFor</c> waits until the server or database accepts connections.
/// </summary>
public static class LocalPostgresBuilderExtensions
{
    private const string ServiceUser = "postgres";

    /// <param name="port">The development port; under the testing builder a free random port is used instead.</param>
    /// <param name="password">The superuser's password; generated (and kept in the AppHost's user secrets) when omitted.</param>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name,
        int? port = null, IResourceBuilder<ParameterResource>? password = null)
    {
        var binFolders = PostgresBinFolders();
        var postgres = MachineProgram.Find("postgres", "postgresql", binFolders);
        var initdb = MachineProgram.Find("initdb", "postgresql", binFolders);
        // PostgreSQL refuses to run as root: as root, it runs as the postgres user that the Debian package creates.
        var asServiceUser = Environment.IsPrivilegedProcess;

        var passwordParameter = password?.Resource
            ?? ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var server = new LocalPostgresServerResource(name, passwordParameter, asServiceUser ? "setpriv" : postgres);
        var listenPort = LocalPort.Choose(builder.Configuration, port);

        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheckKey, _ => new PostgresHealthCheck(server), failureStatus: null, tags: null));

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (@event, cancellationToken) =>
        {
            var logger = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            await InitializeDataDirectoryAsync(server, initdb, asServiceUser, logger, cancellationToken);
        });
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (@event, cancellationToken) =>
        {
            var logger = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            // A database is not a process of its own: it runs when its server is ready and it exists, with its roles.
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var database in builder.Resources.OfType<LocalPostgresDatabaseResource>().Where(d => d.Parent == server))
            {
                await LocalPostgresDatabaseRoles.PrepareAsync(database, logger, cancellationToken);
                await notifications.PublishUpdateAsync(database, snapshot => snapshot with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
                await notifications.PublishUpdateAsync(database.Owner, snapshot => snapshot with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
            }
        });

        return builder.AddResource(server)
            .WithEndpoint(port: listenPort, targetPort: listenPort, scheme: "tcp", name: LocalPostgresServerResource.PrimaryEndpointName, isProxied: false)
            .WithArgs(context =>
            {
                if (asServiceUser)
                {
                    context.Args.Add($"--reuid={ServiceUser}");
                    context.Args.Add($"--regid={ServiceUser}");
                    context.Args.Add("--init-groups");
                    context.Args.Add(postgres);
                }
                string[] settings =
                [
                    "listen_addresses=127.0.0.1",
                    "unix_socket_directories=",
                    "max_connections=300",
                    .. server.DurableData ? [] : new[] { "fsync=off", "synchronous_commit=off", "full_page_writes=off" },
                ];
                context.Args.Add("-D");
                context.Args.Add(server.DataDirectory);
                context.Args.Add("-p");
                context.Args.Add(listenPort.ToString());
                foreach (var setting in settings)
                {
                    context.Args.Add("-c");
                    context.Args.Add(setting);
                }
            })
            .WithHealthCheck(healthCheckKey);
    }

    /// <summary>Keeps the server's data in <paramref name="path"/> (created on first start); by default the checkout's state folder, so data survives restarts.</summary>
    public static IResourceBuilder<LocalPostgresServerResource> WithDataDirectory(this IResourceBuilder<LocalPostgresServerResource> builder, string? path = null) =>
        builder.WithAnnotation(new PostgresDataDirectoryAnnotation(
            path ?? Path.Combine(LocalStateFolder.For(builder.ApplicationBuilder), builder.Resource.Name, "data"), Durable: true), ResourceAnnotationMutationBehavior.Replace);

    /// <summary>Keeps the server's data in a throw-away folder and trades durability for speed (tests, benchmarks).</summary>
    public static IResourceBuilder<LocalPostgresServerResource> WithTransientDataDirectory(this IResourceBuilder<LocalPostgresServerResource> builder, string path) =>
        builder.WithAnnotation(new PostgresDataDirectoryAnnotation(path, Durable: false), ResourceAnnotationMutationBehavior.Replace);

    /// <summary>
    /// A database created in the server when it is first ready, with an owner role and an application role (see
    /// <see cref="LocalPostgresDatabaseRoles"/>); its connection string logs in as the application role, the
    /// <c>{name}-owner</c> resource's as the owner. Healthy once it accepts connections.
    /// </summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresServerResource> builder, string name, string? databaseName = null)
    {
        var app = builder.ApplicationBuilder;
        databaseName ??= name;
        var owner = new LocalPostgresDatabaseOwnerResource($"{name}-owner", databaseName, builder.Resource,
            ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(app, $"{name}-owner-password", special: false));
        var database = new LocalPostgresDatabaseResource(name, databaseName, builder.Resource,
            ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(app, $"{name}-app-password", special: false), owner);
        builder.Resource.Databases[name] = database.DatabaseName;
        AddHealthCheck(app, owner, $"{owner.Name}_check").WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabaseOwner", State = KnownResourceStates.Waiting, Properties = [] });
        return AddHealthCheck(app, database, $"{name}_check").WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] });
    }

    /// <summary>The owner's connection string for the service that migrates, as <c>ConnectionStrings__{database}-owner</c>.</summary>
    public static IResourceBuilder<TDestination> WithMigrationReference<TDestination>(this IResourceBuilder<TDestination> builder, IResourceBuilder<LocalPostgresDatabaseResource> database)
        where TDestination : IResourceWithEnvironment =>
        builder.WithReference(builder.ApplicationBuilder.CreateResourceBuilder(database.Resource.Owner));

    private static IResourceBuilder<T> AddHealthCheck<T>(IDistributedApplicationBuilder app, T resource, string key) where T : IResourceWithConnectionString
    {
        app.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => new PostgresHealthCheck(resource), failureStatus: null, tags: null));
        return app.AddResource(resource).WithHealthCheck(key);
    }

    /// <summary>Debian keeps the PostgreSQL server programs off PATH, one folder per major version; the newest wins.</summary>
    private static string[] PostgresBinFolders() =>
        Directory.Exists("/usr/lib/postgresql")
            ? [.. Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(folder => int.TryParse(Path.GetFileName(folder), out var version) ? version : 0)
                .Select(folder => Path.Combine(folder, "bin"))]
            : [];

    private static async Task InitializeDataDirectoryAsync(LocalPostgresServerResource server, string initdb, bool asServiceUser, ILogger logger, CancellationToken cancellationToken)
    {
        var dataDirectory = server.DataDirectory;
        if (File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }
        var parent = Path.GetDirectoryName(dataDirectory)!;
        var missing = new Stack<string>();
        for (var folder = parent; !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)!) missing.Push(folder);
        while (missing.TryPop(out var folder)) LocalStateFolder.CreateTraversable(folder);
        LocalStateFolder.CreateTraversable(parent);
        logger.LogInformation("initdb: creating the data directory {DataDirectory}", dataDirectory);

        var passwordFile = Path.Combine(parent, $".{server.Name}-pwfile");
        await File.WriteAllTextAsync(passwordFile, await server.PasswordParameter.GetValueAsync(cancellationToken), cancellationToken);
        try
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Directory.CreateDirectory(dataDirectory);
            if (asServiceUser)
            {
                await RunAsync("chown", [ServiceUser, dataDirectory, passwordFile], logger, cancellationToken);
            }
            string[] initdbArguments =
            [
                "-D", dataDirectory, "-U", LocalPostgresServerResource.UserName, "--pwfile", passwordFile,
                "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions",
            ];
            if (asServiceUser)
            {
                await RunAsync("setpriv", [$"--reuid={ServiceUser}", $"--regid={ServiceUser}", "--init-groups", initdb, .. initdbArguments], logger, cancellationToken);
            }
            else
            {
                await RunAsync(initdb, initdbArguments, logger, cancellationToken);
            }
        }
        catch
        {
            // A half-made data directory would be taken for a real one at the next start.
            TryDelete(dataDirectory);
            throw;
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, ILogger logger, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text) logger.LogInformation("{Line}", text); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) logger.LogWarning("{Line}", text); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new DistributedApplicationException($"{Path.GetFileName(fileName)} failed with exit code {process.ExitCode}; see the console output of the PostgreSQL resource.");
        }
    }

    private static void TryDelete(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

using Aspire.Npgsql.EntityFrameworkCore.PostgreSQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using VetCrm.Data.Auditing;
using VetCrm.Data.Querying;

namespace VetCrm.Data;

public static class DataHostingExtensions
{
    /// <summary>The connection name the AppHost hands over as <c>ConnectionStrings__vetcrmdb</c>.</summary>
    public const string ConnectionName = "vetcrmdb";

    // Any constant works; all replicas must agree on it.
    private const long StartupLockKey = 0x5645_5443_524D; // "VETCRM"

    /// <summary>
    /// Registers <see cref="VetCrmDbContext"/> through Aspire's PostgreSQL client integration (<c>AddNpgsqlDbContext</c>:
    /// connection string <c>ConnectionStrings:vetcrmdb</c>, pooling, retries unless disabled, health check, tracing and
    /// metrics) with the connection tuned for this app and every <see cref="IInterceptor"/> in DI joining the save pipeline.
    /// The host registers its <see cref="IAuditActor"/>; without one, changes are attributed to nobody.
    /// </summary>
    public static IHostApplicationBuilder AddVetCrmDbContext(this IHostApplicationBuilder builder, Action<NpgsqlEntityFrameworkCorePostgreSQLSettings>? configure = null)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IAuditActor, NoAuditActor>();
        builder.Services.AddSavePipeline();
        // Every interceptor in DI joins in (hosts add their own, e.g. the API's per-request command counter).
        builder.Services.ConfigureDbContext<VetCrmDbContext>((services, options) => options.AddInterceptors(services.GetServices<IInterceptor>()));
        builder.AddNpgsqlDbContext<VetCrmDbContext>(ConnectionName, settings =>
        {
            settings.ConnectionString = Tuned(settings.ConnectionString
                ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured."));
            configure?.Invoke(settings);
        });
        return builder;
    }

    private static string Tuned(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString)
    {
        // No session state is ever set on a pooled connection, so the DISCARD ALL sent on every reuse is pure cost.
        NoResetOnClose = true,
        // Statements run twice on a connection are prepared there: PostgreSQL then skips parsing and planning them.
        MaxAutoPrepare = 100,
        AutoPrepareMinUsages = 2,
    }.ConnectionString;

    /// <summary>The owner's connection (<c>ConnectionStrings__vetcrmdb-owner</c>), handed only to the service that migrates.</summary>
    public const string OwnerConnectionName = ConnectionName + "-owner";

    /// <summary>
    /// Applies pending migrations as the database's owner (the services' own role may not change the schema); called
    /// once at API start-up. Without an owner connection (a database that has no separate roles) the service's own is used.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var owner = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>().GetConnectionString(OwnerConnectionName);
        await using var ownerDb = owner is null ? null : new VetCrmDbContext(new DbContextOptionsBuilder<VetCrmDbContext>().UseNpgsql(owner).Options);
        var db = ownerDb ?? scope.ServiceProvider.GetRequiredService<VetCrmDbContext>();
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // Settings a migration gives the database (ALTER DATABASE … SET) reach new sessions only.
        if (pending.Any()) NpgsqlConnection.ClearAllPools();
    }

    /// <summary>
    /// Runs start-up work (migrations, bootstrap accounts, seeding) while holding a PostgreSQL advisory lock, so that
    /// several replicas starting at once do it one after another instead of racing.
    /// </summary>
    public static async Task RunExclusivelyAsync(this IServiceProvider services, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetCrmDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({StartupLockKey})", cancellationToken);
            await work(scope.ServiceProvider, cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({StartupLockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoAuditActor : IAuditActor
    {
        public Guid? UserId => null;
        public string? UserName => null;
    }
}

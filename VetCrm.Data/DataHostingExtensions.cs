using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace VetCrm.Data;

public static class DataHostingExtensions
{
    /// <summary>The connection name the AppHost hands over as <c>ConnectionStrings__vetcrmdb</c>.</summary>
    public const string ConnectionName = "vetcrmdb";

    /// <summary>
    /// Registers <see cref="VetCrmDbContext"/> on PostgreSQL from <c>ConnectionStrings:vetcrmdb</c>, with retries
    /// on transient failures and a readiness health check, in the manner of Aspire's <c>AddNpgsqlDbContext</c>.
    /// </summary>
    public static IHostApplicationBuilder AddVetCrmDbContext(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured.");
        builder.Services.AddDbContextPool<VetCrmDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(3)));
        builder.Services.AddHealthChecks().AddDbContextCheck<VetCrmDbContext>("postgres", tags: ["ready"]);
        return builder;
    }

    /// <summary>Applies pending migrations; called once at API start-up.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VetCrmDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VetCrm.Data;

namespace VetCrm.Api.Status;

public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatusEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/status", GetStatusAsync).WithTags("Status").WithSummary("Service version and database schema");
        return routes;
    }

    private static async Task<Ok<ServiceStatus>> GetStatusAsync(VetCrmDbContext db, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var serverVersion = await db.Database.SqlQueryRaw<string>("SELECT current_setting('server_version') AS \"Value\"")
            .SingleAsync(cancellationToken);
        var version = typeof(StatusEndpoints).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return TypedResults.Ok(new ServiceStatus(environment.ApplicationName, version, applied.LastOrDefault() ?? "none", $"PostgreSQL {serverVersion}"));
    }
}

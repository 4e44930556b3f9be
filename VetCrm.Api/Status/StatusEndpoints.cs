using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Status;

public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatusEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/status", GetStatusAsync).WithTags("Status")
            .WithSummary("Whether the service answers; its version, database schema and server for admins only (versions help an attacker)");
        return routes;
    }

    private static async Task<Ok<ServiceStatus>> GetStatusAsync(HttpContext http, VetCrmDbContext db, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        if (http.Features.Get<Actor>() is not { Role: Roles.Admin }) return TypedResults.Ok(new ServiceStatus(environment.ApplicationName, null, null, null));
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var serverVersion = await db.Database.SqlQueryRaw<string>("SELECT current_setting('server_version') AS \"Value\"")
            .SingleAsync(cancellationToken);
        var version = typeof(StatusEndpoints).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return TypedResults.Ok(new ServiceStatus(environment.ApplicationName, version, applied.LastOrDefault() ?? "none", $"PostgreSQL {serverVersion}"));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Common;

namespace VetCrm.Api.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        var audit = routes.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Auth.Policies.Admin);
        audit.MapGet("/", ListAsync).WithSummary("The audit log (admin): filter by actor, entityType, entityId, action, from, to");
        audit.MapGet("/filters", () => TypedResults.Ok(AuditQueries.Filters)).WithSummary("The entity types and actions the audit log's filters accept (admin)");
        return routes;
    }

    private static async Task<Results<Ok<Page<AuditEntryView>>, ValidationProblem>> ListAsync(
        [AsParameters] AuditListRequest request, AuditQueries queries, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(request, cancellationToken));
}

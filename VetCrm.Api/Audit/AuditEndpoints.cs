using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/audit", ListAsync).WithTags("Audit").RequireAuthorization(Auth.Policies.Admin)
            .WithSummary("The audit log (admin): filter by actor, entityType, entityId, action, from, to").Produces<Page<AuditEntryView>>();
        return routes;
    }

    private static async Task<IResult> ListAsync([AsParameters] AuditListRequest request, AuditQueries queries, CancellationToken cancellationToken)
    {
        var (page, errors) = await queries.ListAsync(request, cancellationToken);
        return page is null ? Problems.Validation(errors) : TypedResults.Ok(page);
    }
}

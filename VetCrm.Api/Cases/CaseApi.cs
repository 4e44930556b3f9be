using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;

namespace VetCrm.Api.Cases;

/// <summary>REST for the case page: <c>GET /api/pets/{id}/case</c>, audited as one read of the case.</summary>
public static class CaseApi
{
    public static IEndpointRouteBuilder MapCaseApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/pets/{id:guid}/case", ReadAsync).WithTags("Pets").RequireAuthorization(Policies.Staff)
            .WithSummary("The whole case in one read: pet, referrals with status history, plans with versions, timeline, and what the caller may add");
        return routes;
    }

    private static async Task<Results<Ok<CaseView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ReadAsync(
        Guid id, [AsParameters] CaseRequest request, CaseQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        (await queries.ReadAsync(http.Actor(), id, request, http.Request.IsPersonalRead(), cancellationToken)).ToOk();
}

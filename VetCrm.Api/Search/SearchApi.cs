using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Data.Records;

namespace VetCrm.Api.Search;

/// <summary>REST for the header search: reads the term, calls <see cref="SearchQueries"/> with the caller, answers a page.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/search", SearchAsync).WithTags("Search").RequireAuthorization(Policies.Staff)
            .WithSummary("Find pets by pet name, owner name, phone number (digits; country code optional) or referral number, ?q=");
        routes.MapGet("/api/search/{id:guid}", HitAsync).WithTags("Search").RequireAuthorization(Policies.Staff)
            .WithSummary("One pet as the search finds it: identity and owner contact, also of another team's patient a coordinator records a referral for");
        return routes;
    }

    private static async Task<Results<Ok<SearchHitView>, NotFoundProblem>> HitAsync(
        Guid id, SearchQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        await queries.HitAsync(http.Actor(), id, cancellationToken) is { } hit ? TypedResults.Ok(hit) : Problems.NotFound(RecordTypes.Pet);

    private static async Task<Results<Ok<Page<SearchHitView>>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchRequest request, SearchQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.SearchAsync(http.Actor(), request, cancellationToken));
}

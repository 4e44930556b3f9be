using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;

namespace VetCrm.Api.Search;

/// <summary>REST for the header search: reads the term, calls <see cref="SearchQueries"/> with the caller, answers a page.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/search", SearchAsync).WithTags("Search").RequireAuthorization(Policies.Staff)
            .WithSummary("Find pets by pet name, owner name, phone number (digits; country code optional) or referral number, ?q=");
        return routes;
    }

    private static async Task<Results<Ok<Page<SearchHitView>>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchRequest request, SearchQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.SearchAsync(http.Actor(), request, cancellationToken));
}

using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Common;

namespace VetCrm.Api.Analytics;

public static class ReferralAnalyticsEndpoints
{
    public static IEndpointRouteBuilder MapReferralAnalyticsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/analytics/referrals", ReadAsync).WithTags("Analytics").RequireAuthorization(Auth.Policies.Admin)
            .WithSummary("Referral analytics (admin): per referring clinic and month, received, declined, booked, conversion, median turnaround, and decline reasons");
        return routes;
    }

    private static async Task<Results<Ok<ReferralAnalyticsView>, ValidationProblem>> ReadAsync(
        [AsParameters] ReferralAnalyticsRequest request, ReferralAnalyticsQueries queries, CancellationToken cancellationToken)
    {
        var (view, errors) = await queries.ReadAsync(request, cancellationToken);
        return view is null ? Problems.Validation(errors) : TypedResults.Ok(view);
    }
}

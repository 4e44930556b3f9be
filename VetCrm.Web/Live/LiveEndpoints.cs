using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Live;

public static class LiveEndpoints
{
    public static IHostApplicationBuilder AddLiveUpdates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LiveOptions>().Bind(builder.Configuration.GetSection(LiveOptions.Section)).PostConfigure(options =>
            options.HubUrl ??= builder.Configuration["services:api:http:0"] is { } api ? $"{api.TrimEnd('/')}/hubs/clinic" : null);
        return builder;
    }

    /// <summary>
    /// The page's script asks here for the signed-in user's API token to open the hub with (WebSockets carry no cookie
    /// to another origin). Same-origin only: no CORS here, so another site's page cannot read the answer.
    /// </summary>
    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/live/token", async Task<Results<Ok<LiveToken>, UnauthorizedHttpResult>> (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return await context.GetTokenAsync(BearerTokenHandler.TokenName) is { Length: > 0 } token
                ? TypedResults.Ok(new LiveToken(token))
                : TypedResults.Unauthorized();
        }).RequireAuthorization();
        return routes;
    }
}

using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Auth;

/// <summary>The web session: a cookie holding the user's claims and, encrypted, the API token they logged in with.</summary>
public static class ApiSession
{
    public static async Task SignInAsync(HttpContext context, StaffUser user, string accessToken)
    {
        var properties = new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken { Name = BearerTokenHandler.TokenName, Value = accessToken }]);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user), properties);
    }

    public static ClaimsPrincipal Principal(StaffUser user)
    {
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Username ?? ""));
        if (user.FullName is { } fullName) identity.AddClaim(new Claim(StaffRoles.FullNameClaim, fullName));
        if (user.Role is { } role) identity.AddClaim(new Claim(ClaimTypes.Role, role));
        return new ClaimsPrincipal(identity);
    }
}

/// <summary>
/// Checks the session against the API on each request (<c>GET /api/auth/me</c>): a role an admin just granted shows at
/// once, and a token the API no longer accepts (expired, logged out elsewhere) ends the web session too.
/// </summary>
public sealed class ApiSessionValidator(VetCrmApiClient api, ILogger<ApiSessionValidator> logger) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var token = context.Properties.GetTokenValue(BearerTokenHandler.TokenName);
        if (string.IsNullOrEmpty(token))
        {
            await RejectAsync(context);
            return;
        }
        try
        {
            // The token is passed explicitly: the handler would otherwise ask the cookie handler that is running right now.
            var user = await api.GetMeAsync(context.HttpContext.RequestAborted, token);
            var current = context.Principal!;
            if (user.Role != current.Role() || user.FullName != current.FindFirstValue(StaffRoles.FullNameClaim))
            {
                context.ReplacePrincipal(ApiSession.Principal(user));
                context.ShouldRenew = true;
            }
        }
        catch (ApiProblemException problem) when (problem.Status == HttpStatusCode.Unauthorized)
        {
            await RejectAsync(context);
        }
        catch (HttpRequestException exception)
        {
            // The API is away: keep the session; pages will show what they can.
            logger.LogWarning(exception, "The session could not be checked against the API");
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}

/// <summary>
/// Turns API refusals that escape a page into what a browser expects: 401 (token no longer valid) → log in again;
/// 404 (out of reach or missing) and 403 → the matching error page, rendered by the status code pages.
/// </summary>
public sealed class ApiProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiProblemException problem) when (!context.Response.HasStarted && problem.Status is HttpStatusCode.Unauthorized)
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var returnUrl = Uri.EscapeDataString(context.Request.Path + context.Request.QueryString);
            context.Response.Redirect($"/Account/Login?returnUrl={returnUrl}");
        }
        catch (ApiProblemException problem) when (!context.Response.HasStarted && problem.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            context.Response.StatusCode = (int)problem.Status;
        }
    }
}

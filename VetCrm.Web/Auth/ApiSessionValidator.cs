using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Auth;

/// <summary>
/// Checks the session against the API on each request (<c>GET /api/auth/me</c>): a role an admin just granted shows at
/// once; an expired access token is renewed with the refresh token; a session the API no longer accepts (logged out,
/// refresh token expired) ends the web session too.
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
            var user = await GetMeOrRefreshAsync(context, token);
            if (user is null)
            {
                await RejectAsync(context);
                return;
            }
            var current = context.Principal!;
            if (user.Role != current.Role() || user.FullName != current.FindFirstValue(StaffClaims.FullNameClaim))
            {
                context.ReplacePrincipal(ApiSession.Principal(user));
                context.ShouldRenew = true;
            }
        }
        catch (Exception exception) when (ApiUnavailable.Is(exception))
        {
            // The API is away: keep the session; pages will show what they can.
            logger.LogWarning(exception, "The session could not be checked against the API");
        }
    }

    /// <returns>The user, or null when neither the access token nor the refresh token is accepted any more.</returns>
    private async Task<StaffUser?> GetMeOrRefreshAsync(CookieValidatePrincipalContext context, string token)
    {
        var cancellationToken = context.HttpContext.RequestAborted;
        try
        {
            return await api.GetMeAsync(cancellationToken, token);
        }
        catch (ApiProblemException problem) when (problem.Status == HttpStatusCode.Unauthorized)
        {
            if (context.Properties.GetTokenValue(BearerTokenHandler.RefreshTokenName) is not { Length: > 0 } refreshToken) return null;
            AccessTokens renewed;
            try
            {
                renewed = await api.RefreshAsync(refreshToken, cancellationToken);
            }
            catch (ApiProblemException refused) when (refused.Status == HttpStatusCode.Unauthorized)
            {
                return null;
            }
            context.Properties.UpdateTokenValue(BearerTokenHandler.TokenName, renewed.AccessToken);
            context.Properties.UpdateTokenValue(BearerTokenHandler.RefreshTokenName, renewed.RefreshToken ?? "");
            context.ShouldRenew = true;
            return await api.GetMeAsync(cancellationToken, renewed.AccessToken);
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}

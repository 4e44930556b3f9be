using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Auth;

/// <summary>The web session: a cookie holding the user's claims and, encrypted, the API token they logged in with.</summary>
public static class ApiSession
{
    public static async Task SignInAsync(HttpContext context, StaffUser user, AccessTokens tokens)
    {
        var properties = new AuthenticationProperties();
        properties.StoreTokens([
            new AuthenticationToken { Name = BearerTokenHandler.TokenName, Value = tokens.AccessToken },
            new AuthenticationToken { Name = BearerTokenHandler.RefreshTokenName, Value = tokens.RefreshToken ?? "" },
        ]);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user), properties);
    }

    public static ClaimsPrincipal Principal(StaffUser user)
    {
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Username ?? ""));
        if (user.FullName is { } fullName) identity.AddClaim(new Claim(StaffClaims.FullNameClaim, fullName));
        if (user.Role is { } role) identity.AddClaim(new Claim(ClaimTypes.Role, role));
        identity.AddClaims(user.AllowedActions.Select(action => new Claim(StaffClaims.ActionClaim, action)));
        identity.AddClaims(user.InteractionTypes.Select(type => new Claim(StaffClaims.InteractionTypeClaim, type)));
        return new ClaimsPrincipal(identity);
    }
}

using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace VetCrm.Web.ApiClient;

/// <summary>
/// Adds the signed-in user's API token (kept in the encrypted auth cookie) to every API call, so the API applies
/// that user's access rules. A call that already carries a token (right after login) keeps it. When the page is being
/// re-read by its own live script, the API is told so: that re-read is not the person opening a record again. The
/// browser's address goes along in X-Forwarded-For, for the API's per-client login throttling.
/// </summary>
public sealed class BearerTokenHandler(IHttpContextAccessor httpContextAccessor) : DelegatingHandler
{
    public const string TokenName = "access_token";
    public const string RefreshTokenName = "refresh_token";

    /// <summary>Set on calls that must go without the user's token (login, sign-up, refresh): asking for the token there
    /// would re-enter the cookie handler while it validates the session, and wait on itself.</summary>
    public static readonly HttpRequestOptionsKey<bool> WithoutUserToken = new("VetCrm.WithoutUserToken");

    /// <summary>What wwwroot/js/live.js sends in <c>X-Requested-With</c> when it re-reads a page after a live event.</summary>
    public const string LiveRereadMarker = "live";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && !(request.Options.TryGetValue(WithoutUserToken, out var without) && without)
            && httpContextAccessor.HttpContext is { } context
            && await context.GetTokenAsync(TokenName) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        // The API throttles logins per client: the client is the browser, not this web server.
        if (httpContextAccessor.HttpContext?.Connection.RemoteIpAddress is { } browser) request.Headers.Add("X-Forwarded-For", browser.ToString());
        if (httpContextAccessor.HttpContext?.Request.Headers.XRequestedWith.ToString() == LiveRereadMarker)
        {
            request.Headers.Add("X-Live-Refresh", "true");
        }
        return await base.SendAsync(request, cancellationToken);
    }
}

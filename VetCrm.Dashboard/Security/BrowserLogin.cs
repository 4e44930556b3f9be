using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace VetCrm.Dashboard.Security;

/// <summary>
/// The dashboard UI is closed by default: <c>GET /login?t={token}</c> with the token the AppHost printed sets a cookie;
/// every other request without that cookie gets 401 (no redirect, so scripts and tests see the plain status).
/// </summary>
internal static class BrowserLogin
{
    public const string CookieName = "vetcrm-dashboard";

    public static IServiceCollection AddBrowserLogin(this IServiceCollection services)
    {
        // Keys live only as long as this run, like the token: a cookie from an earlier run is worthless.
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromDays(3);
                cookie.Events.OnRedirectToLogin = context => WriteUnauthorizedAsync(context.HttpContext);
                cookie.Events.OnRedirectToAccessDenied = context => WriteUnauthorizedAsync(context.HttpContext);
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static IEndpointConventionBuilder MapBrowserLogin(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/login", async (HttpContext context, DashboardSecrets secrets) =>
        {
            if (!secrets.IsBrowserToken(context.Request.Query["t"]))
            {
                await WriteUnauthorizedAsync(context);
                return;
            }
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "dashboard user")], CookieAuthenticationDefaults.AuthenticationScheme);
            // Persistent, so that reopening the browser keeps the login for as long as this run's keys live.
            await context.SignInAsync(new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
            context.Response.Redirect("/");
        }).AllowAnonymous();

    private static Task WriteUnauthorizedAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Log in with the dashboard URL the AppHost printed at start-up (…/login?t=…).", context.RequestAborted);
    }
}

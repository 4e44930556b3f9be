using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Auth;

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

using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Auth;

/// <summary>
/// Turns API refusals that escape a page into what a browser expects: 401 (token no longer valid) → log in again;
/// 404 (out of reach or missing), 403 and 400 (a link with a bad parameter, e.g. a stale cursor) → the matching error
/// page, rendered by the status code pages; the API unreachable or failing → 503 "service unavailable".
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
        catch (ApiProblemException problem) when (!context.Response.HasStarted && problem.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            context.Response.StatusCode = (int)problem.Status;
        }
        catch (Exception exception) when (!context.Response.HasStarted && ApiUnavailable.Is(exception))
        {
            // The API is down or not answering: say so at once, as 503 (rendered by the status code pages).
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
        }
    }
}

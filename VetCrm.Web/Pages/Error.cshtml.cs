using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace VetCrm.Web.Pages;

/// <summary>
/// The page behind every error status and every unhandled exception: a plain message and a trace id to quote to
/// support (the trace in the dashboard has the details), never a stack trace. 404 also for records out of the user's reach.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>From the route for a status page; an exception (re-executed with the request's own method, POST too) is a 500.</summary>
    public int Code => RouteData.Values["code"] is string code && int.TryParse(code, out var status) ? status : 500;

    /// <summary>The id of this request's trace, as the dashboard and the logs show it.</summary>
    public string TraceId => Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;

    public (string Title, string Text) Message => Code switch
    {
        400 => ("Invalid link", "This address has a parameter that is not valid (an old page link, perhaps). Start again from the menu."),
        404 => ("Not found", "This page or record does not exist, or it is not within your reach."),
        403 => ("Not allowed", "Your role does not allow this. Ask an administrator if you need access."),
        503 => ("Service unavailable", "VetCrm cannot reach its services right now. Nothing was changed; try again in a minute."),
        _ => ("Something went wrong", "The request could not be completed. Try again; if it keeps failing, tell support."),
    };
}

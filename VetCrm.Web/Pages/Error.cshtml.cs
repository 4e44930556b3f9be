using Microsoft.AspNetCore.Mvc.RazorPages;

namespace VetCrm.Web.Pages;

/// <summary>The page behind every error status: 404 also for records out of the user's reach, as the API answers.</summary>
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code) => Code = code ?? 500;

    public (string Title, string Text) Message => Code switch
    {
        404 => ("Not found", "This page or record does not exist, or it is not within your reach."),
        403 => ("Not allowed", "Your role does not allow this. Ask an administrator if you need access."),
        _ => ("Something went wrong", "The request could not be completed. Try again; if it keeps failing, tell support."),
    };
}

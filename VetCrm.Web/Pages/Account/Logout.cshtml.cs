using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Account;

/// <summary>POST only: logs out in the API (its tokens stop working) and ends the cookie session.</summary>
public sealed class LogoutModel(VetCrmApiClient api, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await api.LogoutAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is ApiProblemException or HttpRequestException)
        {
            // The web session ends regardless; the token expires on its own.
            logger.LogWarning(exception, "The API logout failed");
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        TempData["Flash"] = "You are logged out.";
        return RedirectToPage("/Index");
    }
}

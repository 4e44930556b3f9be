using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Account;

public sealed class LoginModel(VetCrmApiClient api) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var tokens = await api.LoginAsync(Input.Username ?? "", Input.Password ?? "", cancellationToken);
            var user = await api.GetMeAsync(cancellationToken, tokens.AccessToken);
            await ApiSession.SignInAsync(HttpContext, user, tokens);
        }
        catch (ApiProblemException problem) when (problem.Status is HttpStatusCode.Unauthorized)
        {
            ModelState.AddModelError("", problem.Detail ?? "Wrong user name or password.");
            return Page();
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Input);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class LoginInput
    {
        public string? Username { get; set; }
        public string? Password { get; set; }
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Account;

/// <summary>Creates the account in the API and logs straight in; it has no clinical access until an admin grants a role.</summary>
public sealed class SignupModel(VetCrmApiClient api) : PageModel
{
    [BindProperty] public SignupInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await api.SignupAsync(new SignupRequest(Input.Username, Input.Email, Input.Password, Input.FullName), cancellationToken);
            var tokens = await api.LoginAsync(Input.Username!, Input.Password!, cancellationToken);
            var user = await api.GetMeAsync(cancellationToken, tokens.AccessToken);
            await ApiSession.SignInAsync(HttpContext, user, tokens);
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Input);
            return Page();
        }
        return RedirectToPage("/Index");
    }

    public sealed class SignupInput
    {
        public string? FullName { get; set; }
        public string? Username { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}

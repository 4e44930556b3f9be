using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Admin;

/// <summary>Users and their roles; a new sign-up gets its role here. Filter "none" lists those still waiting for one.</summary>
public sealed class UsersModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public Page<StaffUser> Users { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = await api.ListUsersAsync(string.IsNullOrEmpty(Role) ? null : Role, string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), Cursor, cancellationToken);

    /// <param name="newRole">A role name, or empty to take the role away.</param>
    public async Task<IActionResult> OnPostRoleAsync(Guid userId, string? newRole, CancellationToken cancellationToken)
    {
        try
        {
            var user = await api.SetRoleAsync(userId, string.IsNullOrEmpty(newRole) ? null : newRole, cancellationToken);
            TempData["Flash"] = $"{user.DisplayName} is now {(user.Role is null ? "without a role" : ValueSets.Label(user.Role).ToLowerInvariant())}.";
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            TempData["Flash"] = problem.Errors.SelectMany(e => e.Value).FirstOrDefault() ?? problem.Detail;
        }
        return RedirectToPage(new { Role, Q });
    }
}

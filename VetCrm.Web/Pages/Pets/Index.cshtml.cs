using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Pets;

/// <summary>The pet pipeline: newest activity first, searchable by pet, owner, phone or referral number, a page at a time.</summary>
public sealed class IndexModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public Page<Pet> Results { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await api.ListPetsAsync(new PetQuery(Q: string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), Cursor: Cursor), cancellationToken);
}

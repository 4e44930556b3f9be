using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Search;

/// <summary>
/// Results of the header search: pets found by pet name, owner name, phone number (any spacing, country code optional)
/// or referral number, over every pet the user may find; a page at a time.
/// </summary>
public sealed class IndexModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public Page<SearchHit> Results { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Q)) return;
        Results = await api.SearchAsync(Q.Trim(), Cursor, cancellationToken);
    }
}

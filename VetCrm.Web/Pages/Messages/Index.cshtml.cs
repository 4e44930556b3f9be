using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Messages;

/// <summary>My inbox: the threads I take part in, unread first, then by latest message, a page at a time.</summary>
public sealed class IndexModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<MessageThread> Threads { get; private set; } = [];
    public string? NextCursor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await api.ListThreadsAsync(pet: null, mine: true, Cursor, cancellationToken);
        Threads = page.Items;
        NextCursor = page.NextCursor;
    }
}

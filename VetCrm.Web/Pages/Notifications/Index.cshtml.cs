using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Notifications;

/// <summary>The user's notification centre, newest first; opening a notice marks it read and goes to its case.</summary>
public sealed class IndexModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "unread")] public bool UnreadOnly { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }

    public IReadOnlyList<Notification> Notifications { get; private set; } = [];
    public string? NextCursor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await api.ListNotificationsAsync(UnreadOnly, Cursor, cancellationToken);
        Notifications = page.Items;
        NextCursor = page.NextCursor;
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, Guid pet, CancellationToken cancellationToken)
    {
        await api.MarkNotificationReadAsync(id, cancellationToken);
        return Redirect($"/Pets/{pet}");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await api.MarkAllNotificationsReadAsync(cancellationToken);
        return Redirect("/Notifications");
    }
}

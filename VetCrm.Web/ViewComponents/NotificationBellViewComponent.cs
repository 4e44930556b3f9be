using Microsoft.AspNetCore.Mvc;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.ViewComponents;

/// <summary>The header's bell with the unread count; the live script swaps it in fresh when a notification arrives.</summary>
public sealed class NotificationBellViewComponent(VetCrmApiClient api, ILogger<NotificationBellViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        try
        {
            return View((await api.CountUnreadNotificationsAsync(HttpContext.RequestAborted)).Unread);
        }
        catch (Exception exception) when (Auth.ApiUnavailable.Is(exception))
        {
            logger.LogWarning(exception, "The unread notification count could not be read");
            return View((int?)null);
        }
    }
}

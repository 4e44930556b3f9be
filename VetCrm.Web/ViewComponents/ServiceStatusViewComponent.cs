using Microsoft.AspNetCore.Mvc;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.ViewComponents;

/// <summary>The footer line that tells staff and support which API version and database schema they are on.</summary>
public sealed class ServiceStatusViewComponent(VetCrmApiClient api, ILogger<ServiceStatusViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        try
        {
            return View(await api.GetStatusAsync(HttpContext.RequestAborted));
        }
        catch (Exception exception) when (Auth.ApiUnavailable.Is(exception))
        {
            logger.LogWarning(exception, "The API status could not be read");
            return View((ServiceStatus?)null);
        }
    }
}

using Microsoft.AspNetCore.Mvc;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.ViewComponents;

/// <summary>The case page's message threads: the ones of this pet the user can read, newest activity first (one page).</summary>
public sealed class CaseMessagesViewComponent(VetCrmApiClient api) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid petId) =>
        View(new CaseMessagesView(petId, (await api.ListThreadsAsync(petId, mine: false, cursor: null, HttpContext.RequestAborted)).Items));
}

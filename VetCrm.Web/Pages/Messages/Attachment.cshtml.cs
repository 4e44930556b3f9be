using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Messages;

/// <summary>
/// Downloads an attachment for the signed-in user: the web asks the API for a signed link with the user's token and
/// fetches the file with both, so the link never reaches the browser. Always a download, of the type the API sniffed.
/// </summary>
public sealed class AttachmentModel(VetCrmApiClient api) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await api.DownloadAttachmentAsync(id, cancellationToken);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Data, file.ContentType, file.FileName);
    }
}

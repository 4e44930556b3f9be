using Microsoft.AspNetCore.Mvc.Rendering;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Forms;

/// <summary>The specialists a pet can be assigned to, by name.</summary>
public sealed class SpecialistChoices(VetCrmApiClient api)
{
    public async Task<IReadOnlyList<SelectListItem>> LoadAsync(Guid? selected, CancellationToken cancellationToken) =>
        (await api.ListSpecialistsAsync(cancellationToken))
            .OrderBy(s => s.DisplayName)
            .Select(s => new SelectListItem(s.DisplayName, s.Id.ToString(), s.Id == selected))
            .ToList();
}

using System.Net;
using Microsoft.AspNetCore.Mvc.Rendering;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Forms;

/// <summary>
/// The specialists a pet can be assigned to. The user list is admin-only in the API, so for other roles the choices are
/// the specialists already assigned to pets the user can see.
/// </summary>
public sealed class SpecialistChoices(VetCrmApiClient api)
{
    public async Task<IReadOnlyList<SelectListItem>> LoadAsync(Guid? selected, CancellationToken cancellationToken)
    {
        IEnumerable<StaffUser> specialists;
        try
        {
            specialists = (await api.ListUsersAsync("specialist", null, null, cancellationToken)).Items;
        }
        catch (ApiProblemException problem) when (problem.Status == HttpStatusCode.Forbidden)
        {
            specialists = (await api.ListPetsAsync(new PetQuery(Limit: 200), cancellationToken)).Items
                .Select(p => p.AssignedSpecialist).OfType<StaffUser>().Where(s => s.Username is not null).DistinctBy(s => s.Id);
        }
        return specialists.OrderBy(s => s.DisplayName)
            .Select(s => new SelectListItem(s.DisplayName, s.Id.ToString(), s.Id == selected)).ToList();
    }
}

using Microsoft.AspNetCore.Mvc;
using VetCrm.Web.ApiClient;

namespace VetCrm.Web.Pages.Equipment;

/// <summary>The case page's equipment: what the pet has out or had, latest first, with return buttons and a way to lend more.</summary>
public sealed class PetLoansViewComponent(VetCrmApiClient api) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid petId)
    {
        var loans = await api.ListEquipmentLoansAsync(new EquipmentLoanQuery(Pet: petId, Limit: 10), HttpContext.RequestAborted);
        var returnUrl = Request.Path + Request.QueryString;
        return View("/Pages/Equipment/_PetLoans.cshtml", new PetLoansView(petId, new LoanListView(loans.Items, returnUrl, ShowPet: false, "No equipment lent."), loans.NextCursor is not null));
    }
}

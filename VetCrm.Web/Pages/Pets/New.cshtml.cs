using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Pets;

/// <summary>A new pet and owner; next comes the referral intake for it.</summary>
public sealed class NewModel(VetCrmApiClient api, SpecialistChoices specialistChoices) : PageModel
{
    [BindProperty] public PetInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Specialists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Specialists = await specialistChoices.LoadAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pet = await api.CreatePetAsync(Input.ToWrite(), cancellationToken);
            TempData["Flash"] = $"{pet.PetName} is saved. Now record the referral.";
            return Redirect($"/Referrals/New?pet={pet.Id}");
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Input);
            Specialists = await specialistChoices.LoadAsync(Input.AssignedSpecialist, cancellationToken);
            return Page();
        }
    }
}

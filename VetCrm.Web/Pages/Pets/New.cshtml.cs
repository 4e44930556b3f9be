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
            var pet = await api.CreatePetAsync(new PetWrite(Input.PetName, Input.Species, Input.Breed, Input.DateOfBirth, Input.MedicalHistorySummary,
                Input.OwnerName, Input.OwnerPhone, Input.PrimaryVetClinic, Input.AssignedSpecialist is { } id ? new IdRef(id) : null), cancellationToken);
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

    public sealed class PetInput
    {
        public string? PetName { get; set; }
        public string? Species { get; set; }
        public string? Breed { get; set; }
        public DateOnly? DateOfBirth { get; set; }
        public string? MedicalHistorySummary { get; set; }
        public string? OwnerName { get; set; }
        public string? OwnerPhone { get; set; }
        public string? PrimaryVetClinic { get; set; }
        public Guid? AssignedSpecialist { get; set; }
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Pets;

/// <summary>
/// Edits a pet and its owner's details, and reassigns the specialist. A stale edit (someone saved in between) keeps the
/// user's values in the form, lists the fields now saved differently, and takes the new version, so saving again is a
/// deliberate choice.
/// </summary>
public sealed class EditModel(VetCrmApiClient api, SpecialistChoices specialistChoices) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public PetInput Input { get; set; } = new();

    public Pet? Pet { get; private set; }
    public IReadOnlyList<SelectListItem> Specialists { get; private set; } = [];
    /// <summary>After a conflict: the fields whose saved value differs from the user's, as (label, saved, yours).</summary>
    public IReadOnlyList<(string Field, string Saved, string Yours)> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Pet = await api.GetPetAsync(Id, cancellationToken);
        if (!Pet.AllowedActions.Contains("update")) return Forbid();
        Input = PetInput.From(Pet);
        Specialists = await specialistChoices.LoadAsync(Input.AssignedSpecialist, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var saved = await api.UpdatePetAsync(Id, Input.ToPatch(), cancellationToken);
            TempData["Flash"] = $"{saved.PetName} is saved.";
            return Redirect($"/Pets/{saved.Id}");
        }
        catch (ApiProblemException problem) when (problem.IsStale)
        {
            Pet = await api.GetPetAsync(Id, cancellationToken);
            var theirs = PetInput.From(Pet);
            Differences = Compare(theirs, Input, Pet);
            Input.Version = theirs.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError("", "Someone else saved this pet while you were editing it. Your values are kept below; "
                + "check the fields saved differently, then save again to replace them, or cancel to keep what is saved.");
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Input);
            Pet = await api.GetPetAsync(Id, cancellationToken);
        }
        Specialists = await specialistChoices.LoadAsync(Input.AssignedSpecialist, cancellationToken);
        return Page();
    }

    private IReadOnlyList<(string, string, string)> Compare(PetInput saved, PetInput yours, Pet pet)
    {
        string SpecialistName(Guid? id) => id is null ? "" : Specialists.FirstOrDefault(s => s.Value == id.ToString())?.Text
            ?? (id == pet.AssignedSpecialist?.Id ? pet.AssignedSpecialist!.DisplayName : id.ToString()!);
        (string Field, string? Saved, string? Yours)[] fields =
        [
            ("Pet name", saved.PetName, yours.PetName), ("Species", saved.Species, yours.Species), ("Breed", saved.Breed, yours.Breed),
            ("Date of birth", saved.DateOfBirth?.ToString("yyyy-MM-dd"), yours.DateOfBirth?.ToString("yyyy-MM-dd")),
            ("Medical history summary", saved.MedicalHistorySummary, yours.MedicalHistorySummary),
            ("Owner name", saved.OwnerName, yours.OwnerName), ("Owner phone", saved.OwnerPhone, yours.OwnerPhone),
            ("Primary vet clinic", saved.PrimaryVetClinic, yours.PrimaryVetClinic),
            ("Assigned specialist", SpecialistName(saved.AssignedSpecialist), SpecialistName(yours.AssignedSpecialist)),
        ];
        return [.. fields.Where(f => (f.Saved ?? "").Trim() != (f.Yours ?? "").Trim()).Select(f => (f.Field, f.Saved ?? "", f.Yours ?? ""))];
    }
}

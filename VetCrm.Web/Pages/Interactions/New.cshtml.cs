using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Interactions;

/// <summary>Logs a call, consult, note, reminder or e-mail on a pet's timeline, optionally tied to one of its plans.</summary>
public sealed class NewModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pet")] public Guid PetId { get; set; }
    [BindProperty] public InteractionInput Input { get; set; } = new();

    public Pet Pet { get; private set; } = new();
    public IReadOnlyList<TreatmentPlan> Plans { get; private set; } = [];
    /// <summary>The types the API lets this user log (client care: calls, e-mails and notes).</summary>
    public IReadOnlyList<string> Types => User.InteractionTypes();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.InteractionType = "call";
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A checkbox sends "true" or "false": anything else is refused, and the box is shown unticked (the checkbox
        // helper cannot show a value that is not a boolean).
        const string followUp = $"{nameof(Input)}.{nameof(InteractionInput.FollowUpNeeded)}";
        if (ModelState[followUp] is { Errors.Count: > 0 })
        {
            ModelState.SetModelValue(followUp, false, "false");
            await LoadAsync(cancellationToken);
            return Page();
        }
        try
        {
            await api.CreateInteractionAsync(new InteractionWrite(new IdRef(PetId), null,
                Input.TreatmentPlan is { } plan ? new IdRef(plan) : null, Input.InteractionType, Input.Summary, Input.FollowUpNeeded), cancellationToken);
            TempData["Flash"] = $"{ValueSets.Label(Input.InteractionType)} logged.";
            return Redirect($"/Pets/{PetId}#timeline-title");
        }
        catch (ApiProblemException problem) when (problem.IsValidation || problem.Status == System.Net.HttpStatusCode.Forbidden)
        {
            ModelState.AddApiProblem(problem, Input);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var pet = api.GetPetAsync(PetId, cancellationToken);
        var plans = api.ListPlansAsync(new PlanQuery(Pet: PetId), cancellationToken);
        Pet = await pet;
        Plans = (await plans).Items;
    }

    public sealed class InteractionInput
    {
        public string? InteractionType { get; set; }
        public string? Summary { get; set; }
        public bool FollowUpNeeded { get; set; }
        public Guid? TreatmentPlan { get; set; }
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.Referrals;

/// <summary>Triage and later moves: the referral goes to one of the statuses allowed from where it is, with a reason.</summary>
public sealed class MoveModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public MoveInput Input { get; set; } = new();

    public Referral Referral { get; private set; } = new();
    public IReadOnlyList<string> NextStatuses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Status = NextStatuses.FirstOrDefault();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var moved = await api.MoveReferralAsync(Id, Input.Status, Input.Reason, cancellationToken);
            TempData["Flash"] = $"Referral {moved.ReferralNumber} is now {ValueSets.Label(moved.Status).ToLowerInvariant()}.";
            return Redirect($"/Pets/{moved.Pet?.Id}#referral-{moved.Id}");
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Input);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Referral = await api.GetReferralAsync(Id, cancellationToken);
        NextStatuses = Referral.NextStatuses;
    }

    public sealed class MoveInput
    {
        public string? Status { get; set; }
        public string? Reason { get; set; }
    }
}

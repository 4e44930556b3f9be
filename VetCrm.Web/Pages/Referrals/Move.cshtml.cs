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

    /// <summary>What another user changed while this one was deciding (shown above the form after a 409), else null.</summary>
    public string? ChangedMeanwhile { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Status = NextStatuses.FirstOrDefault();
        Input.Version = Referral.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var moved = await api.MoveReferralAsync(Id, Input.Status, Input.Reason, Input.Version, cancellationToken);
            TempData["Flash"] = $"Referral {moved.ReferralNumber} is now {ValueSets.Label(moved.Status).ToLowerInvariant()}.";
            return Redirect($"/Pets/{moved.Pet?.Id}#referral-{moved.Id}");
        }
        catch (ApiProblemException problem) when (problem.IsStale)
        {
            // Someone moved or edited the referral after this page was read: show what it is now and let the user decide again.
            await LoadAsync(cancellationToken);
            ChangedMeanwhile = $"Someone else changed this referral while you were deciding: it is now {ValueSets.Label(Referral.Status).ToLowerInvariant()}"
                + $" ({ValueSets.Label(Referral.Priority).ToLowerInvariant()} priority). Your move was not made; check it and decide again.";
            Input.Version = Referral.Version;
            ModelState.Remove("Input.Version");
            if (!NextStatuses.Contains(Input.Status)) Input.Status = NextStatuses.FirstOrDefault();
            return Page();
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
        public uint Version { get; set; }
    }
}

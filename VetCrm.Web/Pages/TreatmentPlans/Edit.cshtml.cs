using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Forms;

namespace VetCrm.Web.Pages.TreatmentPlans;

/// <summary>
/// Writes a plan: a new one for a referral (<c>?referral=</c>) or the next revision of an existing one (<c>/{id}</c>).
/// A stale edit (someone saved in between) keeps the user's text in the form, shows the version now saved next to it,
/// and takes the new version number, so saving again is a deliberate choice.
/// </summary>
public sealed class EditModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "referral")] public Guid? ReferralId { get; set; }
    [BindProperty] public PlanInput Input { get; set; } = new();

    public Referral? Referral { get; private set; }
    public TreatmentPlan? Plan { get; private set; }
    /// <summary>Set after a conflict: the plan as someone else saved it.</summary>
    public TreatmentPlan? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Plan = await api.GetPlanAsync(id, cancellationToken);
            Input = PlanInput.From(Plan);
        }
        else if (ReferralId is { } referralId)
        {
            Referral = await api.GetReferralAsync(referralId, cancellationToken);
            Input.PlanStatus = "draft";
        }
        else
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            TreatmentPlan saved;
            if (Id is { } id)
            {
                saved = await api.UpdatePlanAsync(id, Input.ToWrite(null, null, Input.Version), cancellationToken);
            }
            else
            {
                Referral = await api.GetReferralAsync(ReferralId ?? Guid.Empty, cancellationToken);
                saved = await api.CreatePlanAsync(Input.ToWrite(Referral.Pet?.Id, Referral.Id, null), cancellationToken);
            }
            TempData["Flash"] = $"Plan “{saved.PlanTitle}” is saved (revision {saved.Revision}).";
            return Redirect($"/Pets/{saved.Pet?.Id}#plan-{saved.Id}");
        }
        catch (ApiProblemException problem) when (problem.IsStale && Id is { } id)
        {
            Theirs = await api.GetPlanAsync(id, cancellationToken);
            Plan = Theirs;
            Input.Version = Theirs.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError("", "Someone else saved this plan while you were editing it. Your text is kept below; "
                + "compare it with the version now saved, then save again to replace it, or cancel to keep theirs.");
            return Page();
        }
        catch (ApiProblemException problem) when (problem.IsValidation)
        {
            ModelState.AddApiProblem(problem, Input);
            if (Id is { } id) Plan = await api.GetPlanAsync(id, cancellationToken);
            return Page();
        }
    }

    public sealed class PlanInput
    {
        public string? PlanTitle { get; set; }
        public string? DiagnosisNotes { get; set; }
        public string? PlanStatus { get; set; }
        public DateOnly? NextReviewDate { get; set; }
        public string? MedicationNotes { get; set; }
        public string? ClientInstructions { get; set; }
        public uint Version { get; set; }

        public static PlanInput From(TreatmentPlan plan) => new()
        {
            PlanTitle = plan.PlanTitle, DiagnosisNotes = plan.DiagnosisNotes, PlanStatus = plan.PlanStatus, NextReviewDate = plan.NextReviewDate,
            MedicationNotes = plan.MedicationNotes, ClientInstructions = plan.ClientInstructions, Version = plan.Version,
        };

        public PlanWrite ToWrite(Guid? pet, Guid? referral, uint? version) => new(
            PlanTitle, pet is { } p ? new IdRef(p) : null, referral is { } r ? new IdRef(r) : null,
            DiagnosisNotes, PlanStatus, NextReviewDate, string.IsNullOrWhiteSpace(MedicationNotes) ? null : MedicationNotes, ClientInstructions, version);
    }
}

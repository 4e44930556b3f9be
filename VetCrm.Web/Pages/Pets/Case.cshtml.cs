using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Web.ApiClient;
using VetCrm.Web.Auth;

namespace VetCrm.Web.Pages.Pets;

/// <summary>
/// Everything about one pet before a consult: pet and owner, assigned specialist, referrals with their status history,
/// treatment plans with their versions, and the interaction timeline (newest first, filterable by type).
/// A pet out of the user's reach is a 404, as the API answers.
/// </summary>
public sealed class CaseModel(VetCrmApiClient api) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }

    public Pet Pet { get; private set; } = new();
    public IReadOnlyList<ReferralWithHistory> Referrals { get; private set; } = [];
    public IReadOnlyList<PlanWithVersions> Plans { get; private set; } = [];
    public Page<Interaction> Timeline { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pet = await api.GetPetAsync(Id, cancellationToken);
        var type = ValueSets.InteractionTypes.Contains(Type) ? Type : null;
        var referrals = User.SeesReferrals() ? LoadReferralsAsync(cancellationToken) : Task.FromResult<IReadOnlyList<ReferralWithHistory>>([]);
        var plans = LoadPlansAsync(cancellationToken);
        var timeline = api.ListInteractionsAsync(new InteractionQuery(Pet: Id, InteractionType: type, Limit: 100), cancellationToken);
        Referrals = await referrals;
        Plans = await plans;
        Timeline = await timeline;
    }

    private async Task<IReadOnlyList<ReferralWithHistory>> LoadReferralsAsync(CancellationToken cancellationToken)
    {
        var referrals = await api.ListReferralsAsync(new ReferralQuery(Pet: Id), cancellationToken);
        return await Task.WhenAll(referrals.Items.Select(async r =>
            new ReferralWithHistory(r, await api.GetReferralStatusHistoryAsync(r.Id, cancellationToken))));
    }

    private async Task<IReadOnlyList<PlanWithVersions>> LoadPlansAsync(CancellationToken cancellationToken)
    {
        var plans = await api.ListPlansAsync(new PlanQuery(Pet: Id), cancellationToken);
        return await Task.WhenAll(plans.Items.Select(async p =>
            new PlanWithVersions(p, await api.GetPlanVersionsAsync(p.Id, cancellationToken))));
    }

    public sealed record ReferralWithHistory(Referral Referral, IReadOnlyList<StatusChange> History);

    public sealed record PlanWithVersions(TreatmentPlan Plan, IReadOnlyList<PlanVersion> Versions);
}

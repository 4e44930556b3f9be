using VetCrm.Api.Interactions;
using VetCrm.Api.Pets;

namespace VetCrm.Api.Cases;

/// <summary>
/// Everything about one pet before a consult, in one read: the pet, its referrals with their status history (absent
/// for callers who may not read referrals), its plans with their versions, the interaction timeline, and what the caller
/// may add to the case (<c>addReferral</c>, <c>addPlan</c>, <c>logInteraction</c>).
/// </summary>
public sealed record CaseView(
    PetView Pet, IReadOnlyList<CaseReferralView>? Referrals, IReadOnlyList<CasePlanView> Plans, IReadOnlyList<InteractionView> Timeline,
    IReadOnlyList<string> AllowedActions);

namespace VetCrm.Api.Search;

/// <summary>
/// A pet found by the header search: who it is and how to reach the owner, never clinical content. <c>caseOpen</c> says
/// whether the caller may open the case; a coordinator also finds colleagues' patients (to avoid entering them twice)
/// but sees only this much of them.
/// </summary>
/// <param name="MatchedReferralNumber">The referral number that matched the term, for callers who may read referrals.</param>
/// <param name="AllowedActions">What the caller may do from the hit: <c>createReferral</c> for a returning patient, also another team's.</param>
public sealed record SearchHitView(
    Guid Id, string PetName, string Species, string? Breed, string OwnerName, string OwnerPhone, string? PrimaryVetClinic,
    SearchSpecialistView AssignedSpecialist, string? MatchedReferralNumber, bool CaseOpen, DateTimeOffset UpdatedAt, IReadOnlyList<string> AllowedActions);

using VetCrm.Api.History;
using VetCrm.Api.Referrals;

namespace VetCrm.Api.Cases;

public sealed record CaseReferralView(ReferralView Referral, IReadOnlyList<StatusChangeView> StatusHistory);

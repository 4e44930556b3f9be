using VetCrm.Api.Common;

namespace VetCrm.Api.Referrals;

/// <summary>A referral intake; the server fills in a missing referralNumber, receivedBy (the caller) and receivedAt (now).</summary>
public sealed record CreateReferralRequest(
    string? ReferralNumber, RecordRef? Pet, string? ReferringClinic, string? ReferralReason, string? Status,
    RecordRef? ReceivedBy, DateTimeOffset? ReceivedAt, string? Priority);

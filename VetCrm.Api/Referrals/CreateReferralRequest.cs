using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Referrals;

/// <summary>A referral intake; the server fills in a missing referralNumber, receivedBy (the caller) and receivedAt (now).</summary>
/// <param name="Status">A new referral starts as received; other statuses are reached through POST /api/referrals/{id}/status.</param>
public sealed record CreateReferralRequest(
    [property: MaxLength(40)] string? ReferralNumber,
    [property: Required] RecordRef? Pet,
    [property: Required, MaxLength(200)] string? ReferringClinic,
    [property: Required, MaxLength(4000)] string? ReferralReason,
    [property: ValueSet(typeof(ReferralStatuses))] string? Status,
    RecordRef? ReceivedBy,
    DateTimeOffset? ReceivedAt,
    [property: Required, ValueSet(typeof(ReferralPriorities))] string? Priority);

using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Referrals;

/// <summary>
/// The fields to change; the pet never changes, and the status moves only through its own route, with a reason. A field
/// marked required may be left out but not cleared; a cleared referralNumber is generated anew.
/// </summary>
public sealed record PatchReferralRequest(
    [property: Required] uint? Version,
    [property: MaxLength(40)] Optional<string?> ReferralNumber,
    [property: Required, MaxLength(200)] Optional<string?> ReferringClinic,
    [property: Required, MaxLength(4000)] Optional<string?> ReferralReason,
    Optional<RecordRef?> ReceivedBy,
    [property: Required] Optional<DateTimeOffset?> ReceivedAt,
    [property: Required, ValueSet(typeof(ReferralPriorities))] Optional<string?> Priority)
{
    public const string StatusOnlyByItsRoute = "changes only through POST /api/referrals/{id}/status, with a reason.";

    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a referral stays with its pet.",
        ["status"] = StatusOnlyByItsRoute,
    };
}

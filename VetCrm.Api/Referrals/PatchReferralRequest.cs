using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Referrals;

/// <summary>The fields to change; the pet never changes, and the status moves only through its own route, with a reason.</summary>
public sealed record PatchReferralRequest(
    uint? Version, Optional<string?> ReferralNumber, Optional<string?> ReferringClinic, Optional<string?> ReferralReason,
    Optional<RecordRef?> ReceivedBy, Optional<DateTimeOffset?> ReceivedAt, Optional<string?> Priority)
{
    public const string StatusOnlyByItsRoute = "changes only through POST /api/referrals/{id}/status, with a reason.";

    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a referral stays with its pet.",
        ["status"] = StatusOnlyByItsRoute,
    };
}

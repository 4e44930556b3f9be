using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.Equipment;

/// <summary>A loan still out: a new due-back time (flagged again if it passes), notes, referral.</summary>
public sealed record PatchEquipmentLoanRequest(uint? Version, Optional<DateTimeOffset?> DueBackAt, Optional<string?> Notes, Optional<RecordRef?> Referral)
{
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["pet"] = "cannot change: a loan stays with its pet; return it and lend again.",
        ["equipmentItem"] = "cannot change: return this loan and lend the other item.",
        ["status"] = "changes only through POST /api/equipment-loans/{id}/status, which keeps the history.",
        ["returnedAt"] = "is set when the item comes back.",
        ["loggedBy"] = "is who lent the item; it does not change.",
        ["checkedOutAt"] = "cannot change after lending.",
    };
}

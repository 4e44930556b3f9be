using VetCrm.Api.Common;

namespace VetCrm.Api.Equipment;

/// <summary>Equipment going home with a pet: checkedOutAt defaults to now (it may be backdated, not set in the future); loggedBy is the caller.</summary>
public sealed record LendEquipmentRequest(
    RecordRef? EquipmentItem, RecordRef? Pet, RecordRef? Referral, DateTimeOffset? CheckedOutAt, DateTimeOffset? DueBackAt, string? Notes);

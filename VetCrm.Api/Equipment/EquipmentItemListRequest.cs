using VetCrm.Api.Common;

namespace VetCrm.Api.Equipment;

/// <param name="Q">Name or serial number contains (case-insensitive).</param>
/// <param name="Availability"><c>available</c>, <c>checkedOut</c>, <c>maintenance</c> or <c>inactive</c>.</param>
public sealed record EquipmentItemListRequest(
    string? Q, string? Kind, string? Availability, bool? Archived, string? Order, int? Limit, string? Cursor) : IListRequest
{
    public string? Include => null;
}

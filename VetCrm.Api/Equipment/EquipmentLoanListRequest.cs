using VetCrm.Api.Common;

namespace VetCrm.Api.Equipment;

/// <param name="Overdue">true: only loans still out past dueBackAt.</param>
public sealed record EquipmentLoanListRequest(
    Guid? Pet, Guid? Referral, Guid? EquipmentItem, Guid? LoggedBy, string? Status, bool? Overdue, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

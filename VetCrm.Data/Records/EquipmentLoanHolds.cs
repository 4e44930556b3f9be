namespace VetCrm.Data.Records;

/// <summary>The database's rule that one item is never out twice, named so that a refused save can say which rule it met.</summary>
public static class EquipmentLoanHolds
{
    /// <summary>A partial unique index: at most one loan per item in a holding status (checkedOut, maintenance), archived loans aside.</summary>
    public const string ItemHeldIndex = "ux_equipment_loans_item_held";

    public const string HeldFilter = "status IN ('checkedOut', 'maintenance') AND archived_at IS NULL";
}

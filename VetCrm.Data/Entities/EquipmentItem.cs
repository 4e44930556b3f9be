namespace VetCrm.Data.Entities;

/// <summary>A piece of the hospital's lendable equipment: a Holter monitor, a mobility cart, an e-collar.</summary>
public sealed class EquipmentItem : ClinicalRecord
{
    public required string Name { get; set; }
    public required string SerialNumber { get; set; }
    public required string Kind { get; set; }
    public string? Notes { get; set; }
    /// <summary>An inactive item (retired, lost) stays on record but cannot be lent.</summary>
    public bool Active { get; set; } = true;
    public ICollection<EquipmentLoan> Loans { get; set; } = [];
}

namespace VetCrm.Data.Entities;

/// <summary>An item that left the building with a pet: when, until when, who handed it over, and whether it is back.</summary>
public sealed class EquipmentLoan : ClinicalRecord
{
    public Guid EquipmentItemId { get; set; }
    public EquipmentItem? EquipmentItem { get; set; }
    public Guid PetId { get; set; }
    public Pet? Pet { get; set; }
    public Guid? ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public DateTimeOffset CheckedOutAt { get; set; }
    public DateTimeOffset DueBackAt { get; set; }
    /// <summary>When the item came back to the hospital (into service or into maintenance).</summary>
    public DateTimeOffset? ReturnedAt { get; set; }
    public Guid LoggedById { get; set; }
    public AppUser? LoggedBy { get; set; }
    public string Status { get; set; } = LoanStatuses.CheckedOut;
    public string? Notes { get; set; }
}

namespace VetCrm.Data.Entities;

public sealed class TreatmentPlan : ClinicalRecord
{
    public required string PlanTitle { get; set; }
    public Guid PetId { get; set; }
    public Pet? Pet { get; set; }
    public Guid ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public required string DiagnosisNotes { get; set; }
    public string PlanStatus { get; set; } = PlanStatuses.Draft;
    public DateOnly? NextReviewDate { get; set; }
    public string? MedicationNotes { get; set; }
    public required string ClientInstructions { get; set; }
    public Guid CreatedByUserId { get; set; }
    public AppUser? CreatedByUser { get; set; }
    /// <summary>The number of the latest saved plan version (1 after creation).</summary>
    public int Revision { get; set; }
}

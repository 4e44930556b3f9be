namespace VetCrm.Data.Entities;

public sealed class InteractionLog : ClinicalRecord
{
    public Guid PetId { get; set; }
    public Pet? Pet { get; set; }
    public Guid? ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public Guid? TreatmentPlanId { get; set; }
    public TreatmentPlan? TreatmentPlan { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public required string InteractionType { get; set; }
    public required string Summary { get; set; }
    public bool FollowUpNeeded { get; set; }
    public DateTimeOffset InteractionAt { get; set; }
}

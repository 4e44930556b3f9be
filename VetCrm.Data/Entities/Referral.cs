namespace VetCrm.Data.Entities;

public sealed class Referral : ClinicalRecord
{
    public required string ReferralNumber { get; set; }
    public Guid PetId { get; set; }
    public Pet? Pet { get; set; }
    public required string ReferringClinic { get; set; }
    public required string ReferralReason { get; set; }
    public string Status { get; set; } = ReferralStatuses.Received;
    public Guid ReceivedById { get; set; }
    public AppUser? ReceivedBy { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public required string Priority { get; set; }
    /// <summary>0 emergency, 1 urgent, 2 routine: a stored generated column so the queue order is indexable.</summary>
    public short PriorityRank { get; private set; }
}

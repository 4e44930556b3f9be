namespace VetCrm.Data.Entities;

/// <summary>What every clinical record has: a v7 id, server timestamps, archive flag, optimistic concurrency.</summary>
public abstract class ClinicalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Records are archived, never deleted; archived ones drop out of lists.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }
    /// <summary>Who created the record (server-set); a coordinator's own intake counts as its case.</summary>
    public Guid? CreatedById { get; set; }
    /// <summary>PostgreSQL's xmin: changes on every row update, so a stale PATCH is detected.</summary>
    public uint Version { get; set; }
}

public sealed class Pet : ClinicalRecord
{
    public required string PetName { get; set; }
    public required string Species { get; set; }
    public string? Breed { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public required string MedicalHistorySummary { get; set; }
    public required string OwnerName { get; set; }
    public required string OwnerPhone { get; set; }
    public string? PrimaryVetClinic { get; set; }
    public Guid AssignedSpecialistId { get; set; }
    public AppUser? AssignedSpecialist { get; set; }
    public List<Referral> Referrals { get; set; } = [];
}

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

namespace VetCrm.Data.Entities;

/// <summary>
/// One measurement on a pet's case: a value of a numeric score type or a category of a categorical one, at
/// <see cref="ScoreDate"/>, recorded by a member of staff. A score that crossed its type's threshold links the one task
/// it raised, so that it can never raise a second.
/// </summary>
public sealed class ClinicalScore : ClinicalRecord
{
    public Guid PetId { get; set; }
    public Pet? Pet { get; set; }
    public Guid? ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public Guid ScoreTypeId { get; set; }
    public ScoreType? ScoreType { get; set; }
    public DateTimeOffset ScoreDate { get; set; }
    public decimal? Value { get; set; }
    public string? Category { get; set; }
    public string? Notes { get; set; }
    public Guid RecordedById { get; set; }
    public AppUser? RecordedBy { get; set; }
    public Guid? ThresholdTaskId { get; set; }
    public CareTask? ThresholdTask { get; set; }
}

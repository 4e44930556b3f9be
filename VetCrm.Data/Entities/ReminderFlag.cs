namespace VetCrm.Data.Entities;

/// <summary>That the review of a plan due on <see cref="ReviewDate"/> was flagged: unique per (plan, date), so once only.</summary>
public sealed class ReminderFlag
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TreatmentPlanId { get; set; }
    public DateOnly ReviewDate { get; set; }
    public DateTimeOffset FlaggedAt { get; set; }
}

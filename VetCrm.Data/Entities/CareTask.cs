namespace VetCrm.Data.Entities;

/// <summary>
/// A follow-up made actionable: someone must do something for a pet by a time. Named CareTask so that it never clashes
/// with <see cref="System.Threading.Tasks.Task"/>; its JSON and REST name is <c>task</c>/<c>tasks</c>.
/// </summary>
public sealed class CareTask : ClinicalRecord
{
    public Guid PetId { get; set; }
    public Pet? Pet { get; set; }
    public Guid? ReferralId { get; set; }
    public Referral? Referral { get; set; }
    /// <summary>The follow-up-needed interaction the task was made from, when it was.</summary>
    public Guid? SourceInteractionId { get; set; }
    public InteractionLog? SourceInteraction { get; set; }
    public required string Title { get; set; }
    public Guid AssigneeId { get; set; }
    public AppUser? Assignee { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string Status { get; set; } = TaskStatuses.Open;
    /// <summary>Set while snoozed: the task asks for attention again at this time instead of its due time.</summary>
    public DateTimeOffset? SnoozedUntil { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public Guid? CompletedById { get; set; }
    public AppUser? CompletedBy { get; set; }
}

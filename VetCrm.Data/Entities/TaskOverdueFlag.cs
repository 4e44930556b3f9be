namespace VetCrm.Data.Entities;

/// <summary>That a task was flagged overdue for the time it was due at (<see cref="DueAt"/>): unique per (task, time), so once only.</summary>
public sealed class TaskOverdueFlag
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CareTaskId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset FlaggedAt { get; set; }
}

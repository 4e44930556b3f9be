namespace VetCrm.Data.Entities;

/// <summary>A staff member taking part in a thread; the thread's creator is always one.</summary>
public sealed class ThreadParticipant
{
    public Guid ThreadId { get; set; }
    public MessageThread? Thread { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

namespace VetCrm.Data.Entities;

/// <summary>
/// An in-app notice to one staff member about one record (a case, task or plan), derived from a live event. Unique per
/// (event, recipient): an event published twice notifies once.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecipientId { get; set; }
    public AppUser? Recipient { get; set; }
    /// <summary>What happened, one of <see cref="NotificationKinds.All"/>.</summary>
    public required string Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>The record the notice is about (its type as in live events, e.g. <c>task</c>), and its case.</summary>
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public Guid PetId { get; set; }
    /// <summary>The outbox event the notice was derived from.</summary>
    public Guid SourceEventId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

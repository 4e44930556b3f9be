namespace VetCrm.Data.Entities;

/// <summary>
/// An event to publish to live clients, written in the same transaction as the change it describes (transactional
/// outbox): a rolled-back change publishes nothing, and a committed one is published even if Redis was away.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>e.g. <c>referral.created</c>, <c>plan.overdue</c>; see <see cref="LiveEventTypes"/>.</summary>
    public required string Type { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    /// <summary>The case the event is about: who may receive it follows from who may see this pet.</summary>
    public Guid PetId { get; set; }
    /// <summary>The referral was or is in the intake queue, so every coordinator's triage board cares.</summary>
    public bool AffectsIntakeQueue { get; set; }
    /// <summary>Users who hear of the event beyond the case's reach: a booking's specialist, and whoever a change of
    /// assignee or specialist took the record from (so their lists drop it at once). For a participants-only record type
    /// (a thread, a message) its participants, who are then the whole audience.</summary>
    public Guid[] AlsoHeardBy { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
}

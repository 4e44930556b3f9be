namespace VetCrm.Data.Entities;

/// <summary>
/// One event for one subscription, written with the outbox row's dispatch (so in the same transaction that marks it
/// sent), then attempted until it succeeds or runs out of attempts; the record itself is read at sending time.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SubscriptionId { get; set; }
    public required string EventType { get; set; }
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public Guid PetId { get; set; }
    /// <summary>When the change happened (the outbox row's time).</summary>
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary><see cref="WebhookDeliveryStatuses"/>: pending, succeeded or failed (attempts used up).</summary>
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public int? LastResponseCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

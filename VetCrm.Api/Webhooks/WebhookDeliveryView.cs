using System.Linq.Expressions;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Webhooks;

/// <summary>One event for a subscription: what, its state (pending, succeeded, failed), attempts and the receiver's last answer.</summary>
public sealed record WebhookDeliveryView(
    Guid Id, string EventType, string EntityType, Guid EntityId, DateTimeOffset OccurredAt, string Status, int Attempts,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? LastAttemptAt, int? LastResponseCode, string? LastError, DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<WebhookDelivery, WebhookDeliveryView>> Projection = d => new WebhookDeliveryView(
        d.Id, d.EventType, d.EntityType, d.EntityId, d.OccurredAt, d.Status, d.Attempts, d.NextAttemptAt, d.LastAttemptAt, d.LastResponseCode,
        d.LastError, d.CreatedAt);
}

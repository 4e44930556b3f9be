using Microsoft.EntityFrameworkCore;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Webhooks;

/// <summary>
/// The outbox dispatcher's webhook step: for each event of a batch, one pending delivery per active subscription to
/// its type, added to the dispatcher's transaction (so an event becomes deliveries exactly when it is marked sent).
/// </summary>
public static class WebhookFanOut
{
    public static async Task AddDeliveriesAsync(VetCrmDbContext db, IReadOnlyList<OutboxMessage> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Active).Select(s => new { s.Id, s.EventTypes }).ToListAsync(cancellationToken);
        foreach (var message in batch)
        {
            foreach (var subscription in subscriptions.Where(s => s.EventTypes.Contains(message.Type)))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    SubscriptionId = subscription.Id, EventType = message.Type, EntityType = message.EntityType, EntityId = message.EntityId,
                    PetId = message.PetId, OccurredAt = message.CreatedAt, Status = WebhookDeliveryStatuses.Pending, NextAttemptAt = now, CreatedAt = now,
                });
            }
        }
    }
}

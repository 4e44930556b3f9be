using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Webhooks;

/// <summary>Admin changes to webhooks: subscribe, unsubscribe, redeliver. HTTP-free.</summary>
public sealed class WebhookCommands(VetCrmDbContext db, WebhookSecrets secrets, TimeProvider time)
{
    private const string Name = "webhook";

    public async Task<Outcome<WebhookView>> CreateAsync(Actor actor, CreateWebhookRequest request, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin) return Refusal.Forbidden("Only administrators manage webhooks.");
        var check = new FieldChecks();
        var url = check.Required("url", request.Url, 2000);
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host)))
            check.Add("url", "must be an absolute http or https URL.");
        if (request.EventTypes is not { Length: > 0 } types) check.Add("eventTypes", $"is required: one or more of {string.Join(", ", WebhookEventTypes.All)}.");
        else foreach (var type in types.Where(t => !WebhookEventTypes.All.Contains(t)))
            check.Add("eventTypes", $"'{type}' is not one of: {string.Join(", ", WebhookEventTypes.All)}.");
        var secret = check.Optional("secret", request.Secret, 200);
        if (secret is { Length: < 16 }) check.Add("secret", "must be at least 16 characters (leave it out to have one generated).");
        if (check.Failed) return Refusal.Invalid(check.Errors);

        secret ??= WebhookSecrets.Generate();
        var now = time.GetUtcNow();
        var subscription = new WebhookSubscription
        {
            OwnerId = actor.UserId, Url = url!, EventTypes = [.. request.EventTypes!.Distinct()], ProtectedSecret = secrets.Protect(secret),
            Active = request.Active ?? true, CreatedAt = now, UpdatedAt = now,
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return WebhookQueries.ViewOf(subscription) with { Secret = secret };
    }

    public async Task<Refusal?> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin) return Refusal.Forbidden("Only administrators manage webhooks.");
        return await db.WebhookSubscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 0 ? Refusal.NotFound(Name) : null;
    }

    /// <summary>One more attempt, now, whatever the delivery's state.</summary>
    public async Task<Outcome<WebhookDeliveryView>> RedeliverAsync(Actor actor, Guid subscriptionId, Guid deliveryId, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin) return Refusal.Forbidden("Only administrators manage webhooks.");
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.SubscriptionId == subscriptionId, cancellationToken);
        if (delivery is null) return Refusal.NotFound("webhook delivery");
        delivery.Status = WebhookDeliveryStatuses.Pending;
        delivery.NextAttemptAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return WebhookDeliveryView.Projection.Compile()(delivery);
    }
}

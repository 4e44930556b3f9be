using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Webhooks;

/// <summary>Admin reads of webhooks: subscriptions and each one's deliveries, newest first. HTTP-free.</summary>
public sealed class WebhookQueries(VetCrmDbContext db)
{
    private static readonly ListOrders<WebhookDelivery, WebhookDeliveryView> DeliveryOrders = new ListOrders<WebhookDelivery, WebhookDeliveryView>("-createdAt")
        .By("createdAt", d => d.CreatedAt, v => v.CreatedAt);

    public static WebhookView ViewOf(WebhookSubscription s) => new(s.Id, s.Url, s.EventTypes, s.Active, new RecordRef(s.OwnerId), s.CreatedAt, s.UpdatedAt);

    public async Task<Outcome<Page<WebhookView>>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin) return Refusal.Forbidden("Only administrators manage webhooks.");
        var rows = await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return new Page<WebhookView>([.. rows.Select(ViewOf)], null);
    }

    public async Task<Outcome<WebhookView>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin) return Refusal.Forbidden("Only administrators manage webhooks.");
        var row = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row is null ? Refusal.NotFound("webhook") : ViewOf(row);
    }

    public async Task<Outcome<Page<WebhookDeliveryView>>> DeliveriesAsync(Actor actor, Guid id, WebhookDeliveryListRequest request, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin) return Refusal.Forbidden("Only administrators manage webhooks.");
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == id, cancellationToken)) return Refusal.NotFound("webhook");
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (request.Status is { } status) deliveries = deliveries.Where(d => d.Status == status);
        var (page, errors) = await DeliveryOrders.PageAsync(deliveries, request, d => d.Id, v => v.Id, WebhookDeliveryView.Projection, cancellationToken);
        return page is null ? Refusal.Invalid(errors) : page;
    }
}

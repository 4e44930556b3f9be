using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Notifications;

/// <summary>The caller's own notices: newest first, optionally unread only, and the unread count. Nobody reads another's.</summary>
public sealed class NotificationQueries(VetCrmDbContext db)
{
    private static readonly ListOrders<Notification, NotificationView> Orders = new ListOrders<Notification, NotificationView>("-createdAt")
        .By("createdAt", n => n.CreatedAt, v => v.CreatedAt);

    public IQueryable<Notification> Mine(Actor actor) => db.Notifications.Where(n => n.RecipientId == actor.UserId);

    public Task<(Page<NotificationView>? Page, FieldErrors Errors)> ListAsync(Actor actor, NotificationListRequest request, CancellationToken cancellationToken)
    {
        var notices = Mine(actor).AsNoTracking();
        if (request.Unread is { } unread) notices = unread ? notices.Where(n => n.ReadAt == null) : notices.Where(n => n.ReadAt != null);
        return Orders.PageAsync(notices, request, n => n.Id, v => v.Id, NotificationView.Projection, cancellationToken);
    }

    public async Task<NotificationCount> CountAsync(Actor actor, CancellationToken cancellationToken) =>
        new(await Mine(actor).CountAsync(n => n.ReadAt == null, cancellationToken));
}

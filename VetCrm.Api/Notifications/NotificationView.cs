using System.Linq.Expressions;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Notifications;

public sealed record NotificationView(Guid Id, [property: ValueSet(typeof(NotificationKinds))] string Kind, string Title, NotificationLink Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt) : RecordRef(Id)
{
    public static readonly Expression<Func<Notification, NotificationView>> Projection =
        n => new NotificationView(n.Id, n.Kind, n.Title, new NotificationLink(n.EntityType, n.EntityId, n.PetId), n.CreatedAt, n.ReadAt);

    public static readonly Func<Notification, NotificationView> Of = Projection.Compile();
}

using VetCrm.Api.Common;

namespace VetCrm.Api.Notifications;

/// <param name="Unread">Only notices not read yet.</param>
public sealed record NotificationListRequest(bool? Unread, string? Order, int? Limit, string? Cursor) : IListRequest
{
    /// <summary>Notices reference their record by link; there is nothing to include.</summary>
    public string? Include => null;
}

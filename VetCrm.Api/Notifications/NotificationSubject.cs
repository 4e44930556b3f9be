namespace VetCrm.Api.Notifications;

/// <summary>Who a rule notifies about one record, and the words of the notice (init-only, so EF can filter on it after projecting).</summary>
public sealed record NotificationSubject
{
    public Guid EntityId { get; init; }
    public Guid RecipientId { get; init; }
    public string Title { get; init; } = "";
}

namespace VetCrm.Data.Entities;

/// <summary>An admin's subscription: events of these types are POSTed, signed with the secret, to the URL.</summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The admin who registered it: events carry records as this user's role may see them.</summary>
    public Guid OwnerId { get; set; }
    public required string Url { get; set; }
    /// <summary>Live event types, e.g. <c>referral.changed</c>; see <see cref="LiveEventTypes"/>.</summary>
    public required string[] EventTypes { get; set; }
    /// <summary>The signing secret, encrypted with ASP.NET Core data protection (never stored in plain text).</summary>
    public required string ProtectedSecret { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

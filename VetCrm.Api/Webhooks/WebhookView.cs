using System.Text.Json.Serialization;
using VetCrm.Api.Common;

namespace VetCrm.Api.Webhooks;

/// <summary>A subscription as admins see it; the secret only in the answer that created it.</summary>
public sealed record WebhookView(Guid Id, string Url, string[] EventTypes, bool Active, RecordRef Owner, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    : RecordRef(Id)
{
    /// <summary>The signing secret: shown once, when the subscription is created; stored encrypted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Secret { get; init; }
}

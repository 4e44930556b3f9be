using VetCrm.Api.Common;

namespace VetCrm.Api.Webhooks;

/// <param name="Status">pending, succeeded or failed.</param>
public sealed record WebhookDeliveryListRequest(string? Status, string? Order, int? Limit, string? Cursor) : IListRequest
{
    public string? Include => null;
}

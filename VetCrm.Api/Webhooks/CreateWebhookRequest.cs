namespace VetCrm.Api.Webhooks;

/// <summary>A subscription: where to POST (http or https), which event types, and optionally the signing secret (generated when left out).</summary>
public sealed record CreateWebhookRequest(string? Url, string[]? EventTypes, string? Secret, bool? Active);

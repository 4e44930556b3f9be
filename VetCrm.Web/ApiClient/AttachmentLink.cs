namespace VetCrm.Web.ApiClient;

/// <summary>A signed download link issued to the signed-in user; it works with that user's token only, for a few minutes.</summary>
public sealed record AttachmentLink(string Url, DateTimeOffset ExpiresAt);

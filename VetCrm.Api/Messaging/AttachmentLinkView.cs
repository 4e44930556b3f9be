namespace VetCrm.Api.Messaging;

/// <summary>A signed download link: <c>url</c> (GET it with the same bearer token) works until <c>expiresAt</c>.</summary>
public sealed record AttachmentLinkView(string Url, string Token, DateTimeOffset ExpiresAt);

namespace VetCrm.Api.Messaging;

/// <summary>A message to send in a thread, with its files as uploaded (their types are decided by the server).</summary>
public sealed record SendMessageRequest(string? Body, IReadOnlyList<AttachmentUpload> Attachments);

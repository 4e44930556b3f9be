namespace VetCrm.Api.Messaging;

/// <summary>An attachment's bytes as the download sends them, with the sniffed type and the sanitised name.</summary>
public sealed record AttachmentFile(string FileName, string ContentType, byte[] Data);

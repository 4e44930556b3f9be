namespace VetCrm.Api.Messaging;

/// <summary>One uploaded file: the name and type the client gave (the type only to compare) and the bytes.</summary>
public sealed record AttachmentUpload(string? FileName, string? DeclaredContentType, byte[] Data);

namespace VetCrm.Data.Entities;

/// <summary>
/// A file sent with a message: what lists show (name, sniffed type, size). The bytes live in
/// <see cref="AttachmentContent"/>, a table of their own, so that no list or thread read ever loads them.
/// </summary>
public sealed class MessageAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MessageId { get; set; }
    public Message? Message { get; set; }
    /// <summary>The file's place among the message's files, as they were uploaded.</summary>
    public int Position { get; set; }
    /// <summary>The client's file name, sanitised: no path, no control or reserved characters.</summary>
    public required string FileName { get; set; }
    /// <summary>Decided by the server from the file's first bytes, never taken from the client.</summary>
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public AttachmentContent? Content { get; set; }
}

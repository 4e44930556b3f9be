namespace VetCrm.Data.Entities;

/// <summary>The bytes of one attachment, read only by the signed download.</summary>
public sealed class AttachmentContent
{
    public Guid AttachmentId { get; set; }
    public required byte[] Data { get; set; }
}

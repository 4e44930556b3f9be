namespace VetCrm.Data.Entities;

/// <summary>
/// One recipient's receipt for one message: delivered when the recipient's client fetched it, read when the recipient
/// opened the thread. Every participant but the sender gets one when the message is sent.
/// </summary>
public sealed class MessageReceipt
{
    public Guid MessageId { get; set; }
    public Message? Message { get; set; }
    public Guid RecipientId { get; set; }
    public AppUser? Recipient { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

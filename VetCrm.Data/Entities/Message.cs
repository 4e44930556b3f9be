namespace VetCrm.Data.Entities;

/// <summary>One message in a thread. The pet is the thread's, kept here too so that the record's case is known without a join.</summary>
public sealed class Message : ClinicalRecord
{
    public const int BodyLength = 10_000;

    public Guid ThreadId { get; set; }
    public MessageThread? Thread { get; set; }
    public Guid PetId { get; set; }
    public Guid SenderId { get; set; }
    public AppUser? Sender { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public List<MessageAttachment> Attachments { get; set; } = [];
    public List<MessageReceipt> Receipts { get; set; } = [];
}

namespace VetCrm.Web.ApiClient;

public sealed record ThreadMessage
{
    public Guid Id { get; init; }
    public StaffUser Sender { get; init; } = new();
    public string Body { get; init; } = "";
    public DateTimeOffset SentAt { get; init; }
    public IReadOnlyList<MessageAttachment> Attachments { get; init; } = [];
    public IReadOnlyList<MessageReceipt> Receipts { get; init; } = [];
}

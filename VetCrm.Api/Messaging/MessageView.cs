using VetCrm.Api.Common;

namespace VetCrm.Api.Messaging;

/// <summary>A message with its files and each recipient's receipt (every participant but the sender).</summary>
public sealed record MessageView(
    Guid Id, RecordRef Thread, ParticipantView Sender, string Body, DateTimeOffset SentAt,
    IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<ReceiptView> Receipts) : RecordRef(Id);

namespace VetCrm.Api.Messaging;

/// <summary>One recipient's receipt: delivered when their client fetched the message, read when they opened the thread.</summary>
public sealed record ReceiptView(ParticipantView Recipient, DateTimeOffset? DeliveredAt, DateTimeOffset? ReadAt);

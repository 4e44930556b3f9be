using System.Text.Json.Serialization;
using VetCrm.Api.Common;

namespace VetCrm.Api.Messaging;

/// <param name="UnreadCount">Messages in the thread the caller has not read yet.</param>
public sealed record ThreadView(
    Guid Id, RecordRef Pet, RecordRef? Referral, string Subject, IReadOnlyList<ParticipantView> Participants, RecordRef CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset LastMessageAt, int MessageCount, int UnreadCount, uint Version) : RecordRef(Id)
{
    /// <summary>The messages, oldest first: in a single thread's answer, not in lists.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MessageView>? Messages { get; init; }

    /// <summary>What the caller may do: <c>sendMessage</c> and <c>markRead</c> as a participant.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AllowedActions { get; init; }
}

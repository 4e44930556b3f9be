namespace VetCrm.Web.ApiClient;

/// <summary>A message thread on a case; <see cref="Messages"/> only when one thread is read.</summary>
public sealed record MessageThread
{
    public Guid Id { get; init; }
    public IdRef Pet { get; init; } = new(Guid.Empty);
    public IdRef? Referral { get; init; }
    public string Subject { get; init; } = "";
    public IReadOnlyList<StaffUser> Participants { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastMessageAt { get; init; }
    public int MessageCount { get; init; }
    public int UnreadCount { get; init; }
    public IReadOnlyList<ThreadMessage>? Messages { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    public bool May(string action) => AllowedActions.Contains(action);
}

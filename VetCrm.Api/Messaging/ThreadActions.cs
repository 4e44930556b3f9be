namespace VetCrm.Api.Messaging;

/// <summary>What a thread's <c>allowedActions</c> may hold.</summary>
public static class ThreadActions
{
    public const string SendMessage = "sendMessage";
    public const string MarkRead = "markRead";
}

namespace VetCrm.Api.Notifications;

/// <summary>How many of my notices are unread: what the badge shows.</summary>
public sealed record NotificationCount(int Unread);

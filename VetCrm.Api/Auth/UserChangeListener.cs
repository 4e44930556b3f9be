using VetCrm.Api.Common;

namespace VetCrm.Api.Auth;

/// <summary>
/// Listens on the channel the <c>users</c> trigger notifies on every update or delete, and evicts that user from the
/// <see cref="ActorCache"/> and ends its live connections. The cache is on only while this connection is listening.
/// </summary>
public sealed partial class UserChangeListener(PostgresChannel channel, ActorCache actors, Live.HubConnections hubConnections, ILogger<UserChangeListener> logger)
    : BackgroundService
{
    /// <summary>The channel named in the <c>notify_user_changed</c> trigger function (migration UserChangeNotifications).</summary>
    public const string Channel = "vetcrm_user_changed";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        channel.ListenAsync(Channel, "vetcrm-user-changes", payload =>
        {
            if (!Guid.TryParse(payload, out var userId)) return;
            actors.Evict(userId);
            // Live connections were authorized as the user was: they end, and a reconnect is judged as the user is now.
            hubConnections.EndAll(userId);
        }, actors.SetListening, LogListenerLost, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for user changes ({Reason}); every request reads its user until the connection is back.")]
    private partial void LogListenerLost(string reason);
}

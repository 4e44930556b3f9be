using Npgsql;
using VetCrm.Data;

namespace VetCrm.Api.Auth;

/// <summary>
/// Listens on the channel the <c>users</c> trigger notifies on every update or delete, and evicts that user from the
/// <see cref="ActorCache"/> and ends its live connections. The cache is on only while this connection is listening.
/// </summary>
public sealed partial class UserChangeListener(IConfiguration configuration, ActorCache actors, Live.HubConnections hubConnections, ILogger<UserChangeListener> logger)
    : BackgroundService
{
    /// <summary>The channel named in the <c>notify_user_changed</c> trigger function (migration UserChangeNotifications).</summary>
    public const string Channel = "vetcrm_user_changed";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(DataHostingExtensions.ConnectionName))
        {
            // One long-lived connection of its own, probed so that a dead server is noticed within seconds.
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = "vetcrm-user-changes",
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) =>
                {
                    if (!Guid.TryParse(e.Payload, out var userId)) return;
                    actors.Evict(userId);
                    // Live connections were authorized as the user was: they end, and a reconnect is judged as the user is now.
                    hubConnections.EndAll(userId);
                };
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                actors.SetListening(true);
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException)
            {
                actors.SetListening(false);
                LogListenerLost(ex.Message);
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        actors.SetListening(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for user changes ({Reason}); every request reads its user until the connection is back.")]
    private partial void LogListenerLost(string reason);
}

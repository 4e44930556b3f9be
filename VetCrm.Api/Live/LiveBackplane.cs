using StackExchange.Redis;

namespace VetCrm.Api.Live;

/// <summary>
/// The Redis connection of the SignalR backplane, watched so that the dispatcher only publishes when delivery can
/// happen: Redis pub/sub keeps nothing, so a message published while subscriptions are away is lost for good.
/// </summary>
public sealed class LiveBackplane(TimeProvider time)
{
    /// <summary>After a reconnect, SignalR's subscriptions are restored on their own connection; give them a moment.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    private IConnectionMultiplexer? _connection;
    private DateTimeOffset _settledAt;

    /// <summary>True when publishing now reaches every replica's subscriptions (or no connection was needed yet).</summary>
    public bool IsReady => _connection is null || (_connection.IsConnected && time.GetUtcNow() >= _settledAt);

    public async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions options, TextWriter log)
    {
        // Fail at once while Redis is away instead of queueing: the outbox is the queue, and it survives restarts.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        var connection = await ConnectionMultiplexer.ConnectAsync(options, log);
        connection.ConnectionRestored += (_, _) => _settledAt = time.GetUtcNow() + SettleTime;
        _connection = connection;
        return connection;
    }
}

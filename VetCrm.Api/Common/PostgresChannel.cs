using Npgsql;
using VetCrm.Data;

namespace VetCrm.Api.Common;

/// <summary>
/// Listens on a PostgreSQL NOTIFY channel over one long-lived connection of its own, handing on each payload; after a
/// lost connection it says so and listens again. For triggers that tell every replica of a change on commit.
/// </summary>
public sealed class PostgresChannel(IConfiguration configuration)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <param name="applicationName">How the connection shows in <c>pg_stat_activity</c>, for operators.</param>
    /// <param name="listening">Told true once listening, false when the connection is lost (and at the end).</param>
    /// <param name="lost">Told why the connection was lost, before the next attempt.</param>
    public async Task ListenAsync(string channel, string applicationName, Action<string> notified, Action<bool> listening, Action<string> lost,
        CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(DataHostingExtensions.ConnectionName))
        {
            // Probed, so that a dead server is noticed within seconds.
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = applicationName,
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => notified(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                listening(true);
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or IOException)
            {
                listening(false);
                lost(ex.Message);
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
        listening(false);
    }
}

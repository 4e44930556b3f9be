using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>Healthy when the server accepts a connection to the resource's database and answers <c>SELECT 1</c>.</summary>
internal sealed class PostgresHealthCheck(IResourceWithConnectionString resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var connectionString = await resource.GetConnectionStringAsync(cancellationToken);
            await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Timeout=3");
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"SELECT 1 in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}

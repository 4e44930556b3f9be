using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>AUTH and PING over RESP: the question a client asks, without a client library's reconnect logic.</summary>
internal sealed class RedisHealthCheck(LocalRedisResource redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var endpoint = redis.PrimaryEndpoint;
            var password = await redis.PasswordParameter.GetValueAsync(cancellationToken) ?? "";
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", endpoint.Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"*2\r\n$4\r\nAUTH\r\n${password.Length}\r\n{password}\r\n*1\r\n$4\r\nPING\r\n"), cancellationToken);
            var buffer = new byte[64];
            var received = new StringBuilder();
            while (!received.ToString().Contains("PONG") && !received.ToString().Contains("-ERR"))
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0) break;
                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            return received.ToString().Contains("+PONG")
                ? HealthCheckResult.Healthy("PONG")
                : HealthCheckResult.Unhealthy($"Unexpected answer to PING: {received.ToString().Trim()}");
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}

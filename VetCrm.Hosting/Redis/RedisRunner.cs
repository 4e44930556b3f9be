using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VetCrm.Hosting.Orchestration;

namespace VetCrm.Hosting.Redis;

/// <summary>Runs redis-server on 127.0.0.1 with a password and no persistence (it is a cache and a message bus here).</summary>
internal sealed class RedisRunner(ResourceInstance instance, RunContext context, RedisResource redis) : ProcessRunner(instance, context)
{
    private readonly string _redisServer = Prerequisites.Find("redis-server", "redis-server");

    private string Folder => Path.Combine(Context.State.Path, redis.Name);

    protected override Task<ProcessSpec> PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        return Task.FromResult(Spec(_redisServer,
            ["--bind", "127.0.0.1", "--port", redis.Endpoint.AllocatedPort!.Value.ToString(), "--requirepass", redis.Password.Value,
             "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", Folder],
            Folder));
    }

    /// <summary>AUTH and PING over RESP: the same question a client asks, without a client library's reconnect logic.</summary>
    public override async Task<HealthCheckResult> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", redis.Endpoint.AllocatedPort!.Value, cancellationToken);
            var stream = client.GetStream();
            var password = redis.Password.Value;
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

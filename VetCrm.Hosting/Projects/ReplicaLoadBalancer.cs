using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using VetCrm.Hosting.Orchestration;

namespace VetCrm.Hosting.Projects;

/// <summary>
/// The one stable address in front of a project's replicas, as Aspire's proxy gives: a TCP listener that hands each
/// new connection to the next running replica in turn.
/// </summary>
internal sealed class ReplicaLoadBalancer(int port, IReadOnlyList<ResourceInstance> replicas, ILogger logger) : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, port);
    private readonly CancellationTokenSource _stopping = new();
    private int _next;
    private Task _acceptLoop = Task.CompletedTask;

    public void Start()
    {
        _listener.Start();
        _acceptLoop = AcceptLoopAsync(_stopping.Token);
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            var target = PickReplica();
            if (target is null)
            {
                return; // Nothing runs: closing the connection is what a client would see from a stopped service.
            }
            using var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, target.Port!.Value, cancellationToken);
                var downstream = client.GetStream();
                var upstreamStream = upstream.GetStream();
                var toUpstream = CopyThenShutdownAsync(downstream, upstreamStream, upstream.Client, cancellationToken);
                var toDownstream = CopyThenShutdownAsync(upstreamStream, downstream, client.Client, cancellationToken);
                await Task.WhenAll(toUpstream, toDownstream);
            }
            catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
            {
                logger.LogDebug(exception, "Connection to {Replica} ended", target.Name);
            }
        }
    }

    private static async Task CopyThenShutdownAsync(Stream from, Stream to, Socket toSocket, CancellationToken cancellationToken)
    {
        await from.CopyToAsync(to, cancellationToken);
        try { toSocket.Shutdown(SocketShutdown.Send); }
        catch (SocketException) { }
    }

    private ResourceInstance? PickReplica()
    {
        for (var attempt = 0; attempt < replicas.Count; attempt++)
        {
            var candidate = replicas[(int)((uint)Interlocked.Increment(ref _next) % replicas.Count)];
            if (candidate.State == ResourceState.Running)
            {
                return candidate;
            }
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        _stopping.Dispose();
    }
}

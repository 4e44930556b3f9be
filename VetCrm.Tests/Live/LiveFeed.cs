using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.Live;

/// <summary>What a live client receives from the hub.</summary>
public sealed record LiveEvent(string Type, string EntityType, string EntityId, string PetId, DateTimeOffset At);

/// <summary>A SignalR client that records every event it receives.</summary>
public sealed class LiveFeed : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Channel<LiveEvent> _events = Channel.CreateUnbounded<LiveEvent>();
    public List<LiveEvent> Received { get; } = [];

    private LiveFeed(HubConnection connection) => _connection = connection;

    public static async Task<LiveFeed> ConnectAsync(Uri api, ApiClient user)
    {
        // Straight to WebSockets, as the web app connects: behind DCP's proxy a negotiation and the connection that
        // follows it may reach different API replicas.
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api, "/hubs/clinic"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult(user.AccessToken);
                o.SkipNegotiation = true;
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            })
            .Build();
        var feed = new LiveFeed(connection);
        connection.On<LiveEvent>("event", e => feed._events.Writer.TryWrite(e));
        await connection.StartAsync();
        var groups = await connection.InvokeAsync<string[]>("Subscriptions");
        Assert.Contains($"user:{user.UserId}", groups);
        return feed;
    }

    public async Task<LiveEvent> WaitForAsync(Func<LiveEvent, bool> match)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = await _events.Reader.ReadAsync(deadline.Token);
            Received.Add(next);
            if (match(next)) return next;
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

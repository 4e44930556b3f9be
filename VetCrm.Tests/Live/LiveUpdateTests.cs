using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Live;

[Collection("live")]
public sealed class LiveUpdateTests(LiveStackFixture stack)
{
    private sealed record LiveEvent(string Type, string EntityType, string EntityId, string PetId, DateTimeOffset At);

    [Fact]
    public async Task A_change_made_through_one_api_replica_reaches_the_case_owner_on_the_other_and_nobody_else()
    {
        var replicas = stack.App.ResourceNotifications.InstancesOf("api");
        Assert.Equal(2, replicas.Count);
        var replicaA = new Uri($"http://127.0.0.1:{replicas[0].Port}");
        var replicaB = new Uri($"http://127.0.0.1:{replicas[1].Port}");

        var admin = await Staff.AdminAsync(stack);
        var owner = await Staff.CreateAsync(stack, "specialist", admin);
        var outsider = await Staff.CreateAsync(stack, "specialist", admin);
        await using var ownerFeed = await LiveFeed.ConnectAsync(replicaA, owner);
        await using var outsiderFeed = await LiveFeed.ConnectAsync(replicaA, outsider);

        // The change goes through replica B; both listeners sit on replica A.
        var adminOnB = admin with { Api = admin.ClientFor(replicaB) };
        var pet = (string)(await Cases.CreatePetAsync(adminOnB, owner.Id))["id"]!;
        var referral = (string)(await Cases.CreateReferralAsync(adminOnB, pet, "emergency"))["id"]!;

        var received = await ownerFeed.WaitForAsync(e => e.EntityId == referral);
        Assert.Equal("referral.created", received.Type);
        Assert.Equal(pet, received.PetId);

        // The outsider's own case, changed after: once its event arrives, the earlier one would have arrived before it.
        var outsidersPet = (string)(await Cases.CreatePetAsync(adminOnB, outsider.Id))["id"]!;
        var outsidersReferral = (string)(await Cases.CreateReferralAsync(adminOnB, outsidersPet))["id"]!;
        await outsiderFeed.WaitForAsync(e => e.EntityId == outsidersReferral);
        Assert.DoesNotContain(outsiderFeed.Received, e => e.PetId == pet);
    }

    [Fact]
    public async Task A_reminder_raised_by_the_worker_reaches_the_assigned_specialist_live()
    {
        var admin = await Staff.AdminAsync(stack);
        var specialist = await Staff.CreateAsync(stack, "specialist", admin);
        await using var feed = await LiveFeed.ConnectAsync(stack.App.GetEndpoint("api"), specialist);
        var pet = (string)(await Cases.CreatePetAsync(admin, specialist.Id))["id"]!;
        var referral = (string)(await Cases.CreateReferralAsync(admin, pet))["id"]!;

        var plan = (string)(await Cases.CreatePlanAsync(specialist, pet, referral, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3)))["id"]!;

        var overdue = await feed.WaitForAsync(e => e.Type == "plan.overdue" && e.EntityId == plan);
        Assert.Equal(pet, overdue.PetId);
        await feed.WaitForAsync(e => e.Type == "interaction.logged" && e.PetId == pet);
    }

    [Fact]
    public async Task While_redis_is_down_rest_keeps_working_and_the_event_goes_out_when_it_is_back()
    {
        var admin = await Staff.AdminAsync(stack);
        var specialist = await Staff.CreateAsync(stack, "specialist", admin);
        await using var feed = await LiveFeed.ConnectAsync(stack.App.GetEndpoint("api"), specialist);
        var pet = (string)(await Cases.CreatePetAsync(admin, specialist.Id))["id"]!;

        string referral;
        await stack.App.Orchestrator.StopResourceAsync("cache");
        try
        {
            referral = (string)(await Cases.CreateReferralAsync(admin, pet, "urgent"))["id"]!;
        }
        finally
        {
            await stack.App.Orchestrator.StartResourceAsync("cache");
        }

        var received = await feed.WaitForAsync(e => e.EntityId == referral);
        Assert.Equal("referral.created", received.Type);
    }

    [Fact]
    public async Task The_live_channel_refuses_connections_without_a_role()
    {
        var api = stack.CreateHttpClient("api");
        var username = $"norole-{Guid.NewGuid():N}"[..20];
        await Staff.EnsureSuccessAsync(await api.PostAsync("/api/auth/signup", JsonContent(new JsonObject
        {
            ["username"] = username, ["email"] = $"{username}@clinic.test", ["password"] = Staff.Password, ["fullName"] = "No Role",
        })));
        var token = await Staff.LogInAsync(api, username, Staff.Password);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(stack.App.GetEndpoint("api"), "/hubs/clinic"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static StringContent JsonContent(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    /// <summary>A SignalR client that records every event it receives.</summary>
    private sealed class LiveFeed : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly Channel<LiveEvent> _events = Channel.CreateUnbounded<LiveEvent>();
        public List<LiveEvent> Received { get; } = [];

        private LiveFeed(HubConnection connection) => _connection = connection;

        public static async Task<LiveFeed> ConnectAsync(Uri api, StaffMember user)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(api, "/hubs/clinic"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(user.AccessToken))
                .Build();
            var feed = new LiveFeed(connection);
            connection.On<LiveEvent>("event", e => feed._events.Writer.TryWrite(e));
            await connection.StartAsync();
            var groups = await connection.InvokeAsync<string[]>("Subscriptions");
            Assert.Contains($"user:{user.Id}", groups);
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
}

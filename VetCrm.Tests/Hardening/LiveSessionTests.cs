using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Hardening;

/// <summary>A live connection lives no longer than the session and the role it was opened with.</summary>
[Collection("stack")]
public sealed class LiveSessionTests(StackFixture stack)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);
    private readonly ApiFixtureHelpers api = new(stack);

    private HubConnection Connect(ApiClient user) => new HubConnectionBuilder()
        .WithUrl(new Uri(stack.App.GetEndpoint("api"), "/hubs/clinic"), o =>
        {
            o.AccessTokenProvider = () => Task.FromResult(user.AccessToken);
            o.SkipNegotiation = true;
            o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
        })
        .Build();

    [Fact]
    public async Task Logout_ends_the_users_live_connection_and_it_cannot_come_back()
    {
        using var user = await api.NewUserAsync("coordinator");
        await using var connection = Connect(user);
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await connection.StartAsync();
        Assert.NotEmpty(await connection.InvokeAsync<string[]>("Subscriptions"));

        (await user.PostAsync("/api/auth/logout")).Expect(HttpStatusCode.NoContent);

        await closed.Task.WaitAsync(Within);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Connect(user).StartAsync());
        Assert.Contains("401", refused.Message);
    }

    [Fact]
    public async Task A_role_change_ends_the_connection_and_a_reconnect_joins_the_new_roles_groups()
    {
        using var admin = await api.AdminAsync();
        using var user = await api.NewUserAsync("coordinator");
        await using var connection = Connect(user);
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await connection.StartAsync();
        Assert.Contains("role:coordinator", await connection.InvokeAsync<string[]>("Subscriptions"));

        (await admin.PutAsync($"/api/users/{user.UserId}/role", new { role = "specialist" })).Expect(HttpStatusCode.OK);
        await closed.Task.WaitAsync(Within);

        await using var again = Connect(user);
        await again.StartAsync();
        var groups = await again.InvokeAsync<string[]>("Subscriptions");
        Assert.DoesNotContain("role:coordinator", groups);
        Assert.Contains("role:specialist", groups);

        // Taking the role away ends this one too, and no new one is let in.
        var closedAgain = new TaskCompletionSource();
        again.Closed += _ => { closedAgain.TrySetResult(); return Task.CompletedTask; };
        (await admin.PutAsync($"/api/users/{user.UserId}/role", new { role = (string?)null })).Expect(HttpStatusCode.OK);
        await closedAgain.Task.WaitAsync(Within);
        await Assert.ThrowsAnyAsync<Exception>(() => Connect(user).StartAsync());
    }

    [Fact]
    public async Task A_coordinator_in_its_user_and_role_groups_gets_each_intake_event_once()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        await using var connection = Connect(coordinator);
        var events = new System.Collections.Concurrent.ConcurrentQueue<System.Text.Json.JsonElement>();
        connection.On<System.Text.Json.JsonElement>("event", e => events.Enqueue(e));
        await connection.StartAsync();
        var groups = await connection.InvokeAsync<string[]>("Subscriptions");
        Assert.Contains("role:coordinator", groups);
        Assert.Contains($"user:{coordinator.UserId}", groups);

        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        // Addressed to the intake queue (all coordinators) and to the coordinator who received it.
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        // A later event on the case: once it is here, every copy of the referral's event would be here too.
        var note = await ApiFixtureHelpers.CreateAsync(coordinator, "interactions", ApiFixtureHelpers.InteractionBody(pet));
        await Poll.UntilAsync(() => events.Any(e => e.GetProperty("entityId").GetString() == note), "the note's live event", Within);

        Assert.Single(events, e => e.GetProperty("entityId").GetString() == referral);
    }
}

using Microsoft.AspNetCore.SignalR.Client;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.Live;

[Collection("live")]
public sealed class LiveUpdateTests(LiveStackFixture stack)
{
    private readonly ApiFixtureHelpers _api = new(stack);

    [Fact]
    public async Task A_change_made_through_one_api_replica_reaches_the_case_owner_on_the_other_and_nobody_else()
    {
        var replicas = stack.Instances.Of("api");
        Assert.Equal(2, replicas.Count);
        var replicaA = new Uri($"http://127.0.0.1:{replicas[0].Port}");
        var replicaB = new Uri($"http://127.0.0.1:{replicas[1].Port}");

        using var admin = await _api.AdminAsync();
        var owner = await _api.NewUserAsync("specialist");
        var outsider = await _api.NewUserAsync("specialist");
        await using var ownerFeed = await LiveFeed.ConnectAsync(replicaA, owner);
        await using var outsiderFeed = await LiveFeed.ConnectAsync(replicaA, outsider);

        // The change goes through replica B; both listeners sit on replica A.
        using var adminOnB = admin.At(replicaB);
        var pet = await ApiFixtureHelpers.CreateAsync(adminOnB, "pets", ApiFixtureHelpers.PetBody(owner.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(adminOnB, "referrals", ApiFixtureHelpers.ReferralBody(pet, "emergency"));

        var received = await ownerFeed.WaitForAsync(e => e.EntityId == referral);
        Assert.Equal("referral.created", received.Type);
        Assert.Equal(pet, received.PetId);

        // The outsider's own case, changed after: once its event arrives, the earlier one would have arrived before it.
        var outsidersPet = await ApiFixtureHelpers.CreateAsync(adminOnB, "pets", ApiFixtureHelpers.PetBody(outsider.UserId));
        var outsidersReferral = await ApiFixtureHelpers.CreateAsync(adminOnB, "referrals", ApiFixtureHelpers.ReferralBody(outsidersPet));
        await outsiderFeed.WaitForAsync(e => e.EntityId == outsidersReferral);
        Assert.DoesNotContain(outsiderFeed.Received, e => e.PetId == pet);
    }

    [Fact]
    public async Task A_reminder_raised_by_the_worker_reaches_the_assigned_specialist_live()
    {
        using var admin = await _api.AdminAsync();
        var specialist = await _api.NewUserAsync("specialist");
        await using var feed = await LiveFeed.ConnectAsync(stack.App.GetEndpoint("api"), specialist);
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));

        var plan = await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans",
            ApiFixtureHelpers.PlanBody(pet, referral, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3)));

        var overdue = await feed.WaitForAsync(e => e.Type == "plan.overdue" && e.EntityId == plan);
        Assert.Equal(pet, overdue.PetId);
        await feed.WaitForAsync(e => e.Type == "interaction.logged" && e.PetId == pet);
    }

    [Fact]
    public async Task While_redis_is_down_rest_keeps_working_and_the_event_goes_out_when_it_is_back()
    {
        using var admin = await _api.AdminAsync();
        var specialist = await _api.NewUserAsync("specialist");
        await using var feed = await LiveFeed.ConnectAsync(stack.App.GetEndpoint("api"), specialist);
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));

        string referral;
        await stack.ExecuteCommandAsync("cache", KnownResourceCommands.StopCommand);
        try
        {
            referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet, "urgent"));
        }
        finally
        {
            await stack.ExecuteCommandAsync("cache", KnownResourceCommands.StartCommand);
        }

        var received = await feed.WaitForAsync(e => e.EntityId == referral);
        Assert.Equal("referral.created", received.Type);
    }

    [Fact]
    public async Task The_live_channel_refuses_connections_without_a_role()
    {
        var noRole = await _api.NewUserAsync(role: null);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(stack.App.GetEndpoint("api"), "/hubs/clinic"), o => o.AccessTokenProvider = () => Task.FromResult(noRole.AccessToken))
            .Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
    }
}

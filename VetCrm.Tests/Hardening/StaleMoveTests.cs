using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Hardening;

/// <summary>A status move carries the version it was decided on: without one it is refused, on a stale one it is a conflict and changes nothing.</summary>
[Collection("stack")]
public sealed class StaleMoveTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task The_second_of_two_coordinators_deciding_on_the_same_state_gets_409_and_nothing_changes()
    {
        using var first = await api.NewUserAsync("coordinator");
        using var second = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(first, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = (await first.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet))).Expect(HttpStatusCode.Created);
        // Both read the referral while it is received (the second through the intake queue).
        var seenBySecond = (await second.GetAsync($"/api/referrals/{referral.Id}")).Expect(HttpStatusCode.OK).Version;

        (await first.PostAsync($"/api/referrals/{referral.Id}/status", new { status = "triaged", reason = "History in", version = referral.Version })).Expect(HttpStatusCode.OK);
        var stale = (await second.PostAsync($"/api/referrals/{referral.Id}/status", new { status = "declined", reason = "Not our service", version = seenBySecond }))
            .Expect(HttpStatusCode.Conflict);
        Assert.NotEmpty(stale.ErrorsFor("version"));

        var now = (await first.GetAsync($"/api/referrals/{referral.Id}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("triaged", now["status"]!.GetValue<string>());
        var history = (await first.GetAsync($"/api/referrals/{referral.Id}/status-history")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.DoesNotContain(history, h => h!["toValue"]?.GetValue<string>() == "declined");
    }

    [Theory]
    [InlineData("""{"status": "triaged", "reason": "No version"}""")]
    [InlineData("""{"status": "triaged", "reason": "Null version", "version": null}""")]
    public async Task A_move_without_a_version_is_refused_naming_it(string body)
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet))).Expect(HttpStatusCode.Created);

        var refused = (await coordinator.PostAsync($"/api/referrals/{referral.Id}/status", body)).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(refused.ErrorsFor("version"));
        Assert.Equal(referral.Version, (await coordinator.GetAsync($"/api/referrals/{referral.Id}")).Expect(HttpStatusCode.OK).Version);
    }
}

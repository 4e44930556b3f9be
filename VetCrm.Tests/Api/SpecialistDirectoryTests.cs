using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>Staff who take in referrals must be able to pick the specialist, without seeing the rest of the user records.</summary>
[Collection("stack")]
public sealed class SpecialistDirectoryTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Staff_see_specialists_by_name_and_nothing_else_of_them()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        using var coordinatorWithoutRole = await api.NewUserAsync(role: null);

        var directory = (await coordinator.GetAsync("/api/specialists")).Expect(HttpStatusCode.OK).Body!.AsArray();

        var entry = directory.Single(s => s!["id"]!.GetValue<string>() == specialist.UserId.ToString())!.AsObject();
        Assert.Equal(specialist.UserName, entry["username"]!.GetValue<string>());
        Assert.Equal(["fullName", "id", "username"], entry.Select(p => p.Key).Order());
        Assert.DoesNotContain(directory, s => s!["id"]!.GetValue<string>() == coordinator.UserId.ToString());
        (await coordinatorWithoutRole.GetAsync("/api/specialists")).Expect(HttpStatusCode.Forbidden);
    }
}

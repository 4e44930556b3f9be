using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>
/// The record a write answers with is the record as stored: the API builds it from what it saved instead of reading
/// it back, so it must match a later read field for field (instants in UTC, whole microseconds; the new version).
/// </summary>
[Collection("stack")]
public sealed class WriteAnswerTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Creating_changing_and_archiving_answer_with_what_a_read_then_returns()
    {
        using var admin = await api.AdminAsync();
        var specialist = await api.NewUserAsync("specialist");

        var pet = (await admin.PostAsync("/api/pets", ApiFixtureHelpers.PetBody(specialist.UserId))).Expect(HttpStatusCode.Created);
        await AssertReadEqualsAsync(admin, "pets", pet);

        // An instant with sub-microsecond digits and an offset: stored (and answered) in UTC, cut to microseconds.
        var log = (await admin.PostAsync("/api/interactions", new
        {
            pet = new { id = pet.Id }, interactionType = "call", summary = "Owner called about appetite.", followUpNeeded = true,
            interactionAt = "2026-11-21T12:00:00.1234567+02:00",
        })).Expect(HttpStatusCode.Created);
        Assert.Equal("2026-11-21T10:00:00.123456+00:00", log.Object["interactionAt"]!.GetValue<string>());
        await AssertReadEqualsAsync(admin, "interactions", log);

        var patched = (await admin.PatchAsync($"/api/pets/{pet.Id}", new { version = pet.Version, ownerPhone = "+1 555 0199" })).Expect(HttpStatusCode.OK);
        Assert.NotEqual(pet.Version, patched.Version);
        await AssertReadEqualsAsync(admin, "pets", patched);

        var referral = (await admin.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet.Id))).Expect(HttpStatusCode.Created);
        var triaged = (await admin.MoveAsync("referrals", referral.Id, "triaged", "Echo booked.")).Expect(HttpStatusCode.OK);
        await AssertReadEqualsAsync(admin, "referrals", triaged);

        var plan = (await specialist.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(pet.Id, referral.Id))).Expect(HttpStatusCode.Created);
        await AssertReadEqualsAsync(specialist, "treatment-plans", plan);

        var archived = (await admin.PostAsync($"/api/interactions/{log.Id}/archive")).Expect(HttpStatusCode.OK);
        Assert.NotNull(archived.Object["archivedAt"]);
        await AssertReadEqualsAsync(admin, "interactions", archived);
    }

    private static async Task AssertReadEqualsAsync(ApiClient client, string records, ApiResponse written)
    {
        var read = (await client.GetAsync($"/api/{records}/{written.Id}")).Expect(HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(written.Body, read.Body), $"The write answered\n{written.Text}\nbut a read returns\n{read.Text}");
    }
}

using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.GraphQl;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Contract;

/// <summary>Date fields take yyyy-MM-dd or an ISO 8601 date-time with an offset (its date in UTC) and answer yyyy-MM-dd.</summary>
[Collection("stack")]
public sealed class DateInputTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers _api = new(stack);

    public static TheoryData<string, string> AcceptedDates => new()
    {
        { "2019-04-02", "2019-04-02" },
        { "2019-04-02T00:00:00Z", "2019-04-02" },
        { "2019-04-01T22:30:00-03:00", "2019-04-02" },
        { "2019-04-02T01:30:00+05:00", "2019-04-01" },
        { "2019-04-02T23:59:59.9999999Z", "2019-04-02" },
        { "2019-04-02T10:15+00:00", "2019-04-02" },
    };

    public static TheoryData<string> RefusedDates => new()
    {
        "\"2019-02-30\"", "\"02/04/2019\"", "\"2019-04-02T10:00:00\"", "\"2019-04-02 10:00:00Z\"", "\"\"", "\"yesterday\"", "20190402", "true",
    };

    [Theory, MemberData(nameof(AcceptedDates))]
    public async Task A_date_or_a_date_time_with_an_offset_is_stored_as_its_UTC_date(string sent, string stored)
    {
        using var coordinator = await _api.NewUserAsync("coordinator");
        var specialist = await SpecialistIdAsync();
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiFixtureHelpers.PetBody(specialist)))!.AsObject();
        body["dateOfBirth"] = sent;

        var created = (await coordinator.PostAsync("/api/pets", body.ToJsonString())).Expect(HttpStatusCode.Created);
        Assert.Equal(stored, (string?)created.Object["dateOfBirth"]);
        Assert.Equal(stored, (string?)(await coordinator.GetAsync($"/api/pets/{created.Id}")).Expect(HttpStatusCode.OK).Object["dateOfBirth"]);
        Assert.Equal(DateOnly.Parse(stored), await _api.ScalarAsync<DateOnly>("select date_of_birth from pets where id = @id", ("id", Guid.Parse(created.Id))));
    }

    [Theory, MemberData(nameof(RefusedDates))]
    public async Task A_date_that_is_not_a_date_is_named_on_create_and_on_patch(string sent)
    {
        using var admin = await _api.AdminAsync();
        var specialist = await SpecialistIdAsync();
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiFixtureHelpers.PetBody(specialist)))!.AsObject();
        body["dateOfBirth"] = JsonNode.Parse(sent);
        var refused = (await admin.PostAsync("/api/pets", body.ToJsonString())).Expect(HttpStatusCode.BadRequest);
        Assert.Contains(refused.ErrorsFor("dateOfBirth"), message => message.Contains("yyyy-MM-dd"));

        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var plan = (await admin.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral))).Expect(HttpStatusCode.Created);
        var patch = new JsonObject { ["version"] = plan.Version, ["nextReviewDate"] = JsonNode.Parse(sent) };
        var patched = (await admin.PatchAsync($"/api/treatment-plans/{plan.Id}", patch.ToJsonString())).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(patched.ErrorsFor("nextReviewDate"));
        Assert.Equal(plan.Object["nextReviewDate"]!.ToString(), (await admin.GetAsync($"/api/treatment-plans/{plan.Id}")).Object["nextReviewDate"]!.ToString());
    }

    [Fact]
    public async Task A_review_date_sent_as_a_date_time_is_answered_and_kept_as_a_date()
    {
        using var admin = await _api.AdminAsync();
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(await SpecialistIdAsync()));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiFixtureHelpers.PlanBody(pet, referral)))!.AsObject();
        body["nextReviewDate"] = "2030-01-31T23:30:00-01:00";
        var plan = (await admin.PostAsync("/api/treatment-plans", body.ToJsonString())).Expect(HttpStatusCode.Created);
        Assert.Equal("2030-02-01", (string?)plan.Object["nextReviewDate"]);

        var patched = (await admin.PatchAsync($"/api/treatment-plans/{plan.Id}", new { version = plan.Version, nextReviewDate = "2030-03-01T00:30:00+02:00" })).Expect(HttpStatusCode.OK);
        Assert.Equal("2030-02-28", (string?)patched.Object["nextReviewDate"]);
        var versions = (await admin.GetAsync($"/api/treatment-plans/{plan.Id}/versions")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["2030-02-01", "2030-02-28"], versions.Select(v => (string?)v!["snapshot"]!["nextReviewDate"]));
    }

    public static TheoryData<string, string, string> TimeWindowFilters => new()
    {
        { "/api/appointments", "appointments", "from" }, { "/api/appointments", "appointments", "to" },
        { "/api/tasks", "tasks", "dueBefore" }, { "/api/tasks", "tasks", "dueAfter" },
        { "/api/scores", "scores", "from" }, { "/api/scores", "scores", "to" },
        { "/api/audit", "audit", "from" }, { "/api/audit", "audit", "to" },
    };

    [Theory, MemberData(nameof(TimeWindowFilters))]
    public async Task The_first_and_the_last_instant_are_answered_as_a_time_window_over_REST_and_GraphQL(string path, string field, string filter)
    {
        using var admin = await _api.AdminAsync();
        foreach (var instant in new[] { "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z" })
        {
            var rest = (await admin.GetAsync($"{path}?{filter}={Uri.EscapeDataString(instant)}")).Expect(HttpStatusCode.OK);
            Assert.NotNull(rest.Object["items"]);
            var graphQl = (await admin.GraphQlAsync($"query($at: DateTimeOffset) {{ {field}({filter}: $at) {{ items {{ id }} }} }}", new { at = instant })).Ok();
            Assert.Equal(rest.Object["items"]!.AsArray().Count, graphQl[field]!["items"]!.AsArray().Count);
        }
    }

    private async Task<Guid> SpecialistIdAsync()
    {
        using var specialist = await _api.NewUserAsync("specialist");
        return specialist.UserId;
    }
}

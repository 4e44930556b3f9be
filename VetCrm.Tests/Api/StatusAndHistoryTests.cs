using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>The referral state machine, status history and versioned plans.</summary>
[Collection("stack")]
public sealed class StatusAndHistoryTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    private static readonly string[] Statuses = ["received", "triaged", "scheduled", "inTreatment", "closed", "declined"];

    private static readonly Dictionary<string, string[]> PathTo = new()
    {
        ["received"] = [],
        ["triaged"] = ["triaged"],
        ["scheduled"] = ["triaged", "scheduled"],
        ["inTreatment"] = ["triaged", "scheduled", "inTreatment"],
        ["closed"] = ["triaged", "scheduled", "inTreatment", "closed"],
        ["declined"] = ["declined"],
    };

    private static readonly HashSet<(string, string)> Legal =
    [
        ("received", "triaged"), ("triaged", "scheduled"), ("scheduled", "inTreatment"), ("inTreatment", "closed"),
        ("received", "declined"), ("triaged", "declined"),
    ];

    public static TheoryData<string, string> Moves()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Statuses) foreach (var to in Statuses) data.Add(from, to);
        return data;
    }

    /// <summary>One coordinator and specialist for all 36 moves (each on a referral of its own): a new user costs two slow password hashes.</summary>
    private static readonly ConcurrentDictionary<StackFixture, Lazy<Task<(ApiClient Coordinator, ApiClient Specialist)>>> MoveCasts = new();

    [Theory, MemberData(nameof(Moves))]
    public async Task Every_legal_referral_move_works_and_every_other_is_refused(string from, string to)
    {
        var (coordinator, specialist) = await MoveCasts.GetOrAdd(stack, _ => new(async () => (await api.NewUserAsync("coordinator"), await api.NewUserAsync("specialist")))).Value;
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        foreach (var step in PathTo[from])
            (await coordinator.MoveAsync("referrals", referral, step, $"to {step}")).Expect(HttpStatusCode.OK);

        var response = await coordinator.MoveAsync("referrals", referral, to, "the move under test");
        var current = (await coordinator.GetAsync($"/api/referrals/{referral}")).Expect(HttpStatusCode.OK).Object["status"]!.GetValue<string>();

        if (Legal.Contains((from, to)))
        {
            response.Expect(HttpStatusCode.OK);
            Assert.Equal(to, current);
        }
        else
        {
            response.Expect(HttpStatusCode.Conflict);
            Assert.Contains($"'{from}'", response.Object["detail"]!.GetValue<string>());
            Assert.NotEmpty(response.ErrorsFor("status"));
            Assert.Equal(from, current);
        }
    }

    [Fact]
    public async Task A_status_move_needs_a_known_status_and_a_reason()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var response = (await coordinator.MoveAsync("referrals", referral, "lost", null)).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(response.ErrorsFor("status"));
        Assert.NotEmpty(response.ErrorsFor("reason"));
    }

    [Fact]
    public async Task Referral_status_history_records_from_to_who_and_why()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        (await coordinator.MoveAsync("referrals", referral, "triaged", "History and radiographs received")).Expect(HttpStatusCode.OK);
        (await coordinator.MoveAsync("referrals", referral, "scheduled", "Consult booked")).Expect(HttpStatusCode.OK);
        (await specialist.MoveAsync("referrals", referral, "inTreatment", "Admitted")).Expect(HttpStatusCode.OK);

        var history = (await specialist.GetAsync($"/api/referrals/{referral}/status-history")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        var rows = history.Select(h => (
            From: h!["fromValue"]?.GetValue<string>(), To: h["toValue"]!.GetValue<string>(),
            By: h["changedBy"]!["id"]!.GetValue<string>(), Why: h["changeReason"]?.GetValue<string>())).ToList();
        Assert.Equal(
        [
            (null, "received", coordinator.UserId.ToString(), null),
            ("received", "triaged", coordinator.UserId.ToString(), "History and radiographs received"),
            ("triaged", "scheduled", coordinator.UserId.ToString(), "Consult booked"),
            ("scheduled", "inTreatment", specialist.UserId.ToString(), "Admitted"),
        ], rows);
        Assert.All(history, h => Assert.True(DateTimeOffset.Parse(h!["changedAt"]!.GetValue<string>()) > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task Every_plan_save_keeps_a_version_that_can_be_listed_and_compared()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var plan = (await specialist.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral))).Expect(HttpStatusCode.Created);
        var second = (await specialist.PatchAsync($"/api/treatment-plans/{plan.Id}", new { version = plan.Version, diagnosisNotes = "Echo: LA:Ao 2.1, worse." })).Expect(HttpStatusCode.OK);
        var third = (await specialist.PatchAsync($"/api/treatment-plans/{plan.Id}", new { version = second.Version, medicationNotes = "Pimobendan and furosemide", nextReviewDate = "2026-03-01" }))
            .Expect(HttpStatusCode.OK);
        Assert.Equal(3, third.Object["revision"]!.GetValue<int>());

        var versions = (await specialist.GetAsync($"/api/treatment-plans/{plan.Id}/versions")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal([1, 2, 3], versions.Select(v => v!["versionNumber"]!.GetValue<int>()));
        Assert.All(versions, v => Assert.Equal(specialist.UserId.ToString(), v!["savedBy"]!["id"]!.GetValue<string>()));
        Assert.Equal(["diagnosisNotes"], versions[1]!["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["medicationNotes", "nextReviewDate"], versions[2]!["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()).Order());
        Assert.Equal("Echo: LA:Ao 1.9.", versions[0]!["snapshot"]!["diagnosisNotes"]!.GetValue<string>());

        var diff = (await specialist.GetAsync($"/api/treatment-plans/{plan.Id}/versions/1/diff/3")).Expect(HttpStatusCode.OK).Object["changes"]!.AsObject();
        Assert.Equal(["diagnosisNotes", "medicationNotes", "nextReviewDate"], diff.Select(c => c.Key).Order());
        Assert.Equal("Echo: LA:Ao 1.9.", diff["diagnosisNotes"]!["before"]!.GetValue<string>());
        Assert.Equal("Echo: LA:Ao 2.1, worse.", diff["diagnosisNotes"]!["after"]!.GetValue<string>());
        (await specialist.GetAsync($"/api/treatment-plans/{plan.Id}/versions/1/diff/9")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Plan_status_changes_land_in_the_status_history()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var plan = (await specialist.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral))).Expect(HttpStatusCode.Created);
        var onHold = (await specialist.MoveAsync("treatment-plans", plan.Id, "onHold", "Owner travelling")).Expect(HttpStatusCode.OK);
        (await specialist.PatchAsync($"/api/treatment-plans/{plan.Id}", new { version = onHold.Version, planStatus = "completed" })).Expect(HttpStatusCode.OK);

        var history = (await specialist.GetAsync($"/api/treatment-plans/{plan.Id}/status-history")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["active", "onHold", "completed"], history.Select(h => h!["toValue"]!.GetValue<string>()));
        Assert.Equal("Owner travelling", history[1]!["changeReason"]!.GetValue<string>());
        Assert.All(history, h => Assert.Equal("planStatus", h!["field"]!.GetValue<string>()));
    }
}

using System.Net;
using VetCrm.Tests.GraphQl;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>The case read model and what views tell a client it may do.</summary>
[Collection("stack")]
public sealed class CaseReadTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task The_case_is_one_read_with_referrals_history_plans_versions_timeline_and_what_the_caller_may_add()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        (await coordinator.MoveAsync("referrals", referral, "triaged", "Seen")).Expect(HttpStatusCode.OK);
        var plan = await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral));
        await ApiFixtureHelpers.CreateAsync(specialist, "interactions", ApiFixtureHelpers.InteractionBody(pet, "call"));

        var file = (await specialist.GetAsync($"/api/pets/{pet}/case")).Expect(HttpStatusCode.OK).Object;

        Assert.Equal(pet, file["pet"]!["id"]!.GetValue<string>());
        var referralEntry = file["referrals"]!.AsArray().Single()!;
        Assert.Equal(["received", "triaged"], referralEntry["statusHistory"]!.AsArray().Select(h => h!["toValue"]!.GetValue<string>()));
        Assert.Equal(["scheduled", "declined"], referralEntry["referral"]!["nextStatuses"]!.AsArray().Select(s => s!.GetValue<string>()));
        var planEntry = file["plans"]!.AsArray().Single()!;
        Assert.Equal(plan, planEntry["plan"]!["id"]!.GetValue<string>());
        Assert.Single(planEntry["versions"]!.AsArray());
        Assert.Contains("update", planEntry["plan"]!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Single(file["timeline"]!.AsArray());
        Assert.Equal(["addPlan", "logInteraction"], file["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    /// <summary>
    /// The case is a fixed number of SQL round trips whatever it holds (Server-Timing counts them): the pet, its referrals
    /// with their status history, its plans with their versions, the timeline and the audit entry of the read. Only a
    /// coordinator's read asks one more thing, whether the pet is one of its own cases, because a pet in the intake queue
    /// is readable without being worked: no logInteraction there.
    /// </summary>
    [Fact]
    public async Task The_case_is_a_fixed_number_of_round_trips_whatever_it_holds()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var otherCoordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var empty = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referrals = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            referrals.Add(await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet)));
            (await coordinator.MoveAsync("referrals", referrals[^1], "triaged", "Seen")).Expect(HttpStatusCode.OK);
        }
        foreach (var referral in referrals.Take(2))
        {
            var plan = (await specialist.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral))).Expect(HttpStatusCode.Created);
            (await specialist.PatchAsync($"/api/treatment-plans/{plan.Id}", new { version = plan.Version, diagnosisNotes = "Revised at review." }))
                .Expect(HttpStatusCode.OK);
        }
        for (var i = 0; i < 12; i++) await ApiFixtureHelpers.CreateAsync(specialist, "interactions", ApiFixtureHelpers.InteractionBody(pet, "call"));
        await specialist.GetAsync("/api/auth/me"); // the first request of a session also reads the user row

        var full = (await specialist.GetAsync($"/api/pets/{pet}/case")).Expect(HttpStatusCode.OK);
        Assert.Equal(3, full.Object["referrals"]!.AsArray().Count);
        Assert.All(full.Object["plans"]!.AsArray(), p => Assert.Equal(2, p!["versions"]!.AsArray().Count));
        Assert.Equal(12, full.Object["timeline"]!.AsArray().Count);
        Assert.StartsWith("db;desc=\"5 commands\"", full.ServerTiming);
        // Each referral with its own history, oldest first; each plan with its own versions, numbered, each naming its saver.
        Assert.Equal([.. referrals.AsEnumerable().Reverse()], full.Object["referrals"]!.AsArray().Select(r => r!["referral"]!["id"]!.GetValue<string>()));
        Assert.All(full.Object["referrals"]!.AsArray(), r => Assert.Equal(["triaged"],
            r!["statusHistory"]!.AsArray().Select(c => c!["toValue"]!.GetValue<string>()).Where(to => to != "received")));
        Assert.All(full.Object["plans"]!.AsArray(), p =>
        {
            Assert.Equal([1, 2], p!["versions"]!.AsArray().Select(v => v!["versionNumber"]!.GetValue<int>()));
            Assert.All(p["versions"]!.AsArray(), v => Assert.Equal(specialist.UserName, v!["savedBy"]!["username"]!.GetValue<string>()));
            Assert.Equal("Revised at review.", p["versions"]![1]!["snapshot"]!["diagnosisNotes"]!.GetValue<string>());
        });
        var bare = (await specialist.GetAsync($"/api/pets/{empty}/case")).Expect(HttpStatusCode.OK);
        Assert.Empty(bare.Object["referrals"]!.AsArray());
        Assert.StartsWith("db;desc=\"5 commands\"", bare.ServerTiming);

        // The other coordinator reads the pet while its referrals wait in the queue, but it is not one of its cases.
        await otherCoordinator.GetAsync("/api/auth/me");
        var own = (await coordinator.GetAsync($"/api/pets/{pet}/case")).Expect(HttpStatusCode.OK);
        var queued = (await otherCoordinator.GetAsync($"/api/pets/{pet}/case")).Expect(HttpStatusCode.OK);
        Assert.Contains("logInteraction", own.Object["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.DoesNotContain("logInteraction", queued.Object["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.StartsWith("db;desc=\"6 commands\"", own.ServerTiming);
        Assert.Empty(queued.Object["plans"]!.AsArray()); // plans belong to the case, not to the queue
        Assert.StartsWith("db;desc=\"6 commands\"", queued.ServerTiming);
        (await otherCoordinator.PostAsync("/api/interactions", ApiFixtureHelpers.InteractionBody(pet, "call"))).Expect(HttpStatusCode.BadRequest);
        // GraphQL reads the same case through the same queries: the same histories and versions, and the same actions.
        const string caseHistory = "query($pet: ID!) { case(pet: $pet) { referrals { referral { id } statusHistory { toValue changeReason } } plans { versions { versionNumber } } } }";
        var overGraphQl = (await specialist.GraphQlAsync(caseHistory, new { pet })).Ok()["case"]!;
        Assert.Equal(full.Object["referrals"]!.AsArray().Select(r => r!["referral"]!["id"]!.GetValue<string>()),
            overGraphQl["referrals"]!.AsArray().Select(r => r!["referral"]!["id"]!.GetValue<string>()));
        Assert.All(overGraphQl["referrals"]!.AsArray(), r => Assert.Contains(r!["statusHistory"]!.AsArray(),
            c => c!["toValue"]!.GetValue<string>() == "triaged" && c["changeReason"]!.GetValue<string>() == "Seen"));
        Assert.All(overGraphQl["plans"]!.AsArray(), p => Assert.Equal([1, 2], p!["versions"]!.AsArray().Select(v => v!["versionNumber"]!.GetValue<int>())));
        const string caseActions = "query($pet: ID!) { case(pet: $pet) { allowedActions } }";
        Assert.Contains("logInteraction", (await coordinator.GraphQlAsync(caseActions, new { pet })).Ok()["case"]!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.DoesNotContain("logInteraction", (await otherCoordinator.GraphQlAsync(caseActions, new { pet })).Ok()["case"]!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task Client_care_gets_the_case_without_referrals_and_with_nothing_clinical()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        using var clientCare = await api.NewUserAsync("clientCare");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral));

        var file = (await clientCare.GetAsync($"/api/pets/{pet}/case")).Expect(HttpStatusCode.OK);

        Assert.Null(file.Object["referrals"]);
        Assert.DoesNotContain("diagnosisNotes", file.Text);
        Assert.DoesNotContain("medicationNotes", file.Text);
        Assert.Equal(["logInteraction"], file.Object["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task A_case_out_of_reach_is_not_found_and_a_bad_filter_is_named()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        using var otherSpecialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        (await otherSpecialist.GetAsync($"/api/pets/{pet}/case")).Expect(HttpStatusCode.NotFound);
        var bad = (await specialist.GetAsync($"/api/pets/{pet}/case?interactionType=fax")).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.ErrorsFor("interactionType"));
    }

    [Fact]
    public async Task A_person_opening_a_case_is_audited_and_a_live_refresh_is_not()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));

        (await specialist.GetAsync($"/api/pets/{pet}/case")).Expect(HttpStatusCode.OK);
        using var refresh = new HttpRequestMessage(HttpMethod.Get, $"/api/pets/{pet}/case");
        refresh.Headers.Add("X-Live-Refresh", "true");
        (await specialist.SendAsync(refresh)).Expect(HttpStatusCode.OK);
        using var refreshRecord = new HttpRequestMessage(HttpMethod.Get, $"/api/pets/{pet}");
        refreshRecord.Headers.Add("X-Live-Refresh", "true");
        (await specialist.SendAsync(refreshRecord)).Expect(HttpStatusCode.OK);

        var reads = await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries WHERE action = 'read' AND entity_id = @id AND actor_id = @actor",
            ("id", pet), ("actor", specialist.UserId));
        Assert.Equal(1, reads);
        // Written in its own batch (see AuditLog): the audit log shows it as any other entry.
        using var admin = await api.AdminAsync();
        var entry = Assert.Single((await admin.GetAsync($"/api/audit?entityType=pet&entityId={pet}&action=read")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray())!;
        Assert.Equal($"pet read by {specialist.UserName}", entry["summary"]!.GetValue<string>());
        Assert.Equal(specialist.UserId, Guid.Parse(entry["actor"]!["id"]!.GetValue<string>()));

        // A logged-out token reads nothing, so nothing is audited as read.
        (await specialist.PostAsync("/api/auth/logout")).Expect(HttpStatusCode.NoContent);
        (await specialist.GetAsync($"/api/pets/{pet}/case")).Expect(HttpStatusCode.Unauthorized);
        Assert.Equal(1, await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries WHERE action = 'read' AND entity_id = @id", ("id", pet)));
    }

    [Fact]
    public async Task The_caller_learns_what_its_role_allows_from_me()
    {
        using var clientCare = await api.NewUserAsync("clientCare");
        var me = (await clientCare.GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal(["logInteraction"], me["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["call", "note", "email"], me["interactionTypes"]!.AsArray().Select(a => a!.GetValue<string>()));
    }
}

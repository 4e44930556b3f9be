using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Screens;

/// <summary>The header search (phone digits, referral numbers, names; reach; paging), the queue counts and named plan savers over the API.</summary>
[Collection("stack")]
public sealed class SearchAndQueueApiTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_phone_number_is_found_however_it_is_typed_with_or_without_country_code_and_spaces()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        var tail = ScreenData.NewMobileTail();
        var international = await ScreenData.PetAsync(coordinator, specialist.UserId, "Pepper", "Alex Intl", $"+44 7700 {tail}");
        var otherTail = ScreenData.NewMobileTail();
        var national = await ScreenData.PetAsync(coordinator, specialist.UserId, "Mint", "Sam National", $"07700 {otherTail}");

        foreach (var typed in new[] { $"7700{tail}", $"07700 {tail}", $"07700{tail}", $"+447700{tail}", $"+44 (0)7700 {tail}", $"0044 7700 {tail}", $"7700-{tail}" })
        {
            Assert.Contains(international, await FoundIdsAsync(coordinator, typed));
        }
        foreach (var typed in new[] { $"7700{otherTail}", $"+44 7700 {otherTail}", $"+447700{otherTail}", $"07700{otherTail}" })
        {
            Assert.Contains(national, await FoundIdsAsync(coordinator, typed));
        }
        // A different number is not a match.
        Assert.DoesNotContain(international, await FoundIdsAsync(coordinator, $"7700{otherTail}"));
    }

    [Fact]
    public async Task Referral_numbers_and_owner_names_are_found_and_results_page_without_gaps_or_repeats()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        var owner = $"Ownerly {Guid.NewGuid():N}"[..20];
        var pets = new List<string>();
        for (var i = 0; i < 5; i++) pets.Add(await ScreenData.PetAsync(coordinator, specialist.UserId, $"Sibling {i}", owner, "+44 20 7946 0999"));
        var referral = (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pets[2]))).Expect(HttpStatusCode.Created).Object;
        var number = referral["referralNumber"]!.GetValue<string>();

        var byNumber = (await coordinator.GetAsync($"/api/search?q={Uri.EscapeDataString(number)}")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        var hit = Assert.Single(byNumber, h => h!["id"]!.GetValue<string>() == pets[2])!;
        Assert.Equal(number, hit["matchedReferralNumber"]!.GetValue<string>());
        Assert.True(hit["caseOpen"]!.GetValue<bool>());

        // Two per page: three pages, every sibling once.
        var found = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = (await coordinator.GetAsync($"/api/search?q={Uri.EscapeDataString(owner.ToUpperInvariant())}&limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")))
                .Expect(HttpStatusCode.OK).Object;
            var items = page["items"]!.AsArray();
            Assert.True(items.Count <= 2);
            found.AddRange(items.Select(i => i!["id"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        } while (cursor is not null);
        Assert.Equal(3, pages);
        Assert.Equal(pets.Order(), found.Order());
    }

    [Fact]
    public async Task Search_reaches_what_the_caller_may_find_and_no_clinical_data_beyond_the_access_matrix()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var otherSpecialist = await api.NewUserAsync("specialist");
        using var colleague = await api.NewUserAsync("coordinator");
        using var coordinator = await api.NewUserAsync("coordinator");
        using var clientCare = await api.NewUserAsync("clientCare");
        using var noRole = await api.NewUserAsync(null);
        var tail = ScreenData.NewMobileTail();
        var pet = await ScreenData.PetAsync(colleague, specialist.UserId, "Returning Rex", "Jo Returner", $"+44 7700 {tail}");
        var term = $"7700{tail}";

        // The colleague's patient (no open referral): another coordinator finds it, without clinical content, and cannot open the case.
        var found = Assert.Single(await FoundAsync(coordinator, term), h => h["id"]!.GetValue<string>() == pet);
        Assert.False(found["caseOpen"]!.GetValue<bool>());
        Assert.Equal("Jo Returner", found["ownerName"]!.GetValue<string>());
        Assert.Equal("Test specialist", found["assignedSpecialist"]!["fullName"]!.GetValue<string>());
        Assert.Null(found["medicalHistorySummary"]);
        (await coordinator.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.NotFound);

        Assert.True(Assert.Single(await FoundAsync(colleague, term), h => h["id"]!.GetValue<string>() == pet)["caseOpen"]!.GetValue<bool>());
        Assert.True(Assert.Single(await FoundAsync(specialist, term), h => h["id"]!.GetValue<string>() == pet)["caseOpen"]!.GetValue<bool>());
        Assert.True(Assert.Single(await FoundAsync(clientCare, term), h => h["id"]!.GetValue<string>() == pet)["caseOpen"]!.GetValue<bool>());
        Assert.DoesNotContain(await FoundAsync(otherSpecialist, term), h => h["id"]!.GetValue<string>() == pet);
        (await noRole.GetAsync($"/api/search?q={term}")).Expect(HttpStatusCode.Forbidden);
        using var anonymous = api.Anonymous();
        (await anonymous.GetAsync($"/api/search?q={term}")).Expect(HttpStatusCode.Unauthorized);

        // The returning patient gets its new referral from the other coordinator, rather than a second record: the hit says
        // so, reads alone by id, and the new referral brings the case into that coordinator's reach.
        Assert.Equal(["createReferral"], found["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Empty(Assert.Single(await FoundAsync(clientCare, term), h => h["id"]!.GetValue<string>() == pet)["allowedActions"]!.AsArray());
        Assert.Equal("Returning Rex", (await coordinator.GetAsync($"/api/search/{pet}")).Expect(HttpStatusCode.OK).Object["petName"]!.GetValue<string>());
        (await otherSpecialist.GetAsync($"/api/search/{pet}")).Expect(HttpStatusCode.NotFound);
        (await coordinator.GetAsync($"/api/search/{Guid.NewGuid()}")).Expect(HttpStatusCode.NotFound);
        var referral = (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet, "urgent"))).Expect(HttpStatusCode.Created);
        Assert.Equal(coordinator.UserId.ToString(), referral.Object["receivedBy"]!["id"]!.GetValue<string>());
        (await coordinator.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK);
        Assert.True(Assert.Single(await FoundAsync(coordinator, term), h => h["id"]!.GetValue<string>() == pet)["caseOpen"]!.GetValue<bool>());
        (await otherSpecialist.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet))).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_and_hostile_search_terms_are_answered_clearly_and_match_literally()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        Assert.NotEmpty((await coordinator.GetAsync("/api/search")).Expect(HttpStatusCode.BadRequest).ErrorsFor("q"));
        Assert.NotEmpty((await coordinator.GetAsync("/api/search?q=%20%20")).Expect(HttpStatusCode.BadRequest).ErrorsFor("q"));
        Assert.NotEmpty((await coordinator.GetAsync($"/api/search?q={new string('7', 101)}")).Expect(HttpStatusCode.BadRequest).ErrorsFor("q"));
        Assert.NotEmpty((await coordinator.GetAsync("/api/search?q=rex&limit=0")).Expect(HttpStatusCode.BadRequest).ErrorsFor("limit"));
        Assert.NotEmpty((await coordinator.GetAsync("/api/search?q=rex&cursor=not-a-cursor")).Expect(HttpStatusCode.BadRequest).ErrorsFor("cursor"));

        // LIKE wildcards are text, not patterns: "%" and "_" find only names that contain them.
        foreach (var hostile in new[] { "%", "_", @"\", "'; DROP TABLE pets; --", "<script>alert(1)</script>" })
        {
            var items = (await coordinator.GetAsync($"/api/search?q={Uri.EscapeDataString(hostile)}")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
            Assert.All(items, h => Assert.True(
                new[] { "petName", "ownerName", "ownerPhone" }.Any(f => h![f]!.GetValue<string>().Contains(hostile, StringComparison.OrdinalIgnoreCase))
                || h!["matchedReferralNumber"] is not null, $"'{hostile}' matched {h}"));
        }
    }

    [Fact]
    public async Task The_queue_counts_per_priority_match_every_page_of_the_queue_and_a_new_urgent_referral_is_counted_and_reached()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        await ScreenData.FillQueueAsync(coordinator, specialist.UserId, 101);
        var pet = await ScreenData.PetAsync(coordinator, specialist.UserId, "Urgent Uma", "Ula Owner", "+44 20 7946 0555");
        var urgent = (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet, "urgent"))).Expect(HttpStatusCode.Created).Id;

        var counts = (await coordinator.GetAsync("/api/referrals/queue/counts")).Expect(HttpStatusCode.OK).Object;
        var queue = await ApiFixtureHelpers.AllPagesAsync(coordinator, "/api/referrals/queue?limit=40");
        Assert.True(queue.Count > 101);
        Assert.Equal(queue.Count, counts["total"]!.GetValue<int>());
        foreach (var priority in new[] { "emergency", "urgent", "routine" })
        {
            Assert.Equal(queue.Count(r => r["priority"]!.GetValue<string>() == priority), counts[priority]!.GetValue<int>());
        }
        Assert.Single(queue, r => r["id"]!.GetValue<string>() == urgent);
        // Emergency first, then urgent, then routine; oldest first within each.
        var ranks = queue.Select(r => Array.IndexOf(new[] { "emergency", "urgent", "routine" }, r["priority"]!.GetValue<string>())).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(queue.Count, queue.Select(r => r["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task Plan_versions_name_who_saved_them()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var clientCare = await api.NewUserAsync("clientCare");
        using var admin = await api.AdminAsync();
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var plan = (await specialist.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral))).Expect(HttpStatusCode.Created);
        (await admin.PatchAsync($"/api/treatment-plans/{plan.Id}", new { clientInstructions = "Recheck in two weeks.", version = plan.Version })).Expect(HttpStatusCode.OK);

        foreach (var reader in new[] { specialist, clientCare })
        {
            var versions = (await reader.GetAsync($"/api/treatment-plans/{plan.Id}/versions")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
            Assert.Equal(2, versions.Count);
            Assert.Equal(specialist.UserId.ToString(), versions[0]!["savedBy"]!["id"]!.GetValue<string>());
            Assert.Equal("Test specialist", versions[0]!["savedBy"]!["fullName"]!.GetValue<string>());
            Assert.Equal("admin", versions[1]!["savedBy"]!["username"]!.GetValue<string>());
            Assert.Null(versions[1]!["savedBy"]!["email"]);
        }
    }

    private static async Task<List<JsonObject>> FoundAsync(ApiClient caller, string typed) =>
        (await caller.GetAsync($"/api/search?q={Uri.EscapeDataString(typed)}&limit=200")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray()
            .Select(h => h!.AsObject()).ToList();

    private static async Task<List<string>> FoundIdsAsync(ApiClient caller, string typed) =>
        [.. (await FoundAsync(caller, typed)).Select(h => h["id"]!.GetValue<string>())];
}

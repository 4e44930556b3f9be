using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>Lists: filter, order, include and keyset pagination return exactly the rows SQL says they should.</summary>
[Collection("stack")]
public sealed class ListTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Theory]
    [InlineData("-receivedAt", "received_at DESC, id DESC")]
    [InlineData("receivedAt", "received_at, id")]
    [InlineData("referralNumber", "referral_number, id")]
    public async Task Referral_pages_follow_the_order_and_filter_exactly_like_sql(string order, string sqlOrder)
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        for (var i = 0; i < 7; i++)
        {
            var body = JsonSerializer.SerializeToNode(ApiFixtureHelpers.ReferralBody(pet, i % 2 == 0 ? "emergency" : "routine"), ApiFixtureHelpers.Json)!.AsObject();
            // Two share a receivedAt, so the id tie-breaker is exercised across a page boundary.
            body["receivedAt"] = start.AddHours(i == 3 ? 2 : i).ToString("O");
            await ApiFixtureHelpers.CreateAsync(admin, "referrals", body.ToJsonString());
        }

        var pages = await ApiFixtureHelpers.AllPagesAsync(admin, $"/api/referrals?pet={pet}&order={order}&limit=3&include=pet,receivedBy");
        var expected = await api.IdsAsync($"SELECT id FROM referrals WHERE pet_id = @p AND archived_at IS NULL ORDER BY {sqlOrder}", ("p", Guid.Parse(pet)));
        Assert.Equal(expected, pages.Select(r => Guid.Parse(r["id"]!.GetValue<string>())));
        Assert.All(pages, r =>
        {
            Assert.Equal("Biscuit", r["pet"]!["petName"]!.GetValue<string>());
            Assert.Equal(admin.UserName, r["receivedBy"]!["username"]!.GetValue<string>());
        });

        var emergencies = await ApiFixtureHelpers.AllPagesAsync(admin, $"/api/referrals?pet={pet}&priority=emergency&order={order}&limit=2");
        var expectedEmergencies = await api.IdsAsync(
            $"SELECT id FROM referrals WHERE pet_id = @p AND priority = 'emergency' AND archived_at IS NULL ORDER BY {sqlOrder}", ("p", Guid.Parse(pet)));
        Assert.Equal(expectedEmergencies, emergencies.Select(r => Guid.Parse(r["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Without_include_references_are_bare_ids()
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var item = (await admin.GetAsync($"/api/referrals?pet={pet}")).Expect(HttpStatusCode.OK).Object["items"]![0]!.AsObject();
        Assert.Equal(new JsonObject { ["id"] = pet }.ToJsonString(), item["pet"]!.ToJsonString());
        Assert.Equal(new JsonObject { ["id"] = admin.UserId.ToString() }.ToJsonString(), item["receivedBy"]!.ToJsonString());
    }

    [Fact]
    public async Task Pet_search_finds_pet_name_owner_phone_and_referral_number_like_sql()
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var token = $"zq{Guid.NewGuid():N}"[..10];
        var byName = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"Rex {token}"));
        var byOwner = JsonSerializer.SerializeToNode(ApiFixtureHelpers.PetBody(specialist.UserId), ApiFixtureHelpers.Json)!.AsObject();
        byOwner["ownerName"] = $"Jo {token.ToUpperInvariant()}";
        var ownerPet = await ApiFixtureHelpers.CreateAsync(admin, "pets", byOwner.ToJsonString());
        var phone = $"+44 {Random.Shared.Next(100000, 999999)} {Random.Shared.Next(1000, 9999)}";
        var byPhone = JsonSerializer.SerializeToNode(ApiFixtureHelpers.PetBody(specialist.UserId), ApiFixtureHelpers.Json)!.AsObject();
        byPhone["ownerPhone"] = phone;
        var phonePet = await ApiFixtureHelpers.CreateAsync(admin, "pets", byPhone.ToJsonString());
        var referral = JsonSerializer.SerializeToNode(ApiFixtureHelpers.ReferralBody(phonePet), ApiFixtureHelpers.Json)!.AsObject();
        referral["referralNumber"] = $"EXT-{token}";
        await ApiFixtureHelpers.CreateAsync(admin, "referrals", referral.ToJsonString());

        var found = await ApiFixtureHelpers.AllPagesAsync(admin, $"/api/pets?q={token}&limit=200");
        Assert.Equal(new[] { byName, ownerPet, phonePet }.Order(), found.Select(p => p["id"]!.GetValue<string>()).Order());

        var byPhoneDigits = await ApiFixtureHelpers.AllPagesAsync(admin, $"/api/pets?q={Uri.EscapeDataString(phone[4..])}&limit=200");
        var expected = await api.IdsAsync("""
            SELECT p.id FROM pets p WHERE p.archived_at IS NULL AND (p.pet_name ILIKE @q OR p.owner_name ILIKE @q OR p.owner_phone ILIKE @q
                OR EXISTS (SELECT 1 FROM referrals r WHERE r.pet_id = p.id AND r.referral_number ILIKE @q))
            ORDER BY p.updated_at DESC, p.id DESC
            """, ("q", $"%{phone[4..]}%"));
        Assert.Equal(expected, byPhoneDigits.Select(p => Guid.Parse(p["id"]!.GetValue<string>())));
        Assert.Contains(Guid.Parse(phonePet), expected);
    }

    /// <summary>
    /// A common term is answered from the rows next in list order (one command, no sort of every match); a term that
    /// did not fill that window goes to the trigram indexes, at once from then on. Either way the pages are the matches
    /// in list order.
    /// </summary>
    [Fact]
    public async Task Pet_search_reads_a_common_term_off_the_order_index_and_a_rare_one_from_the_trigram_indexes()
    {
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        (await admin.GetAsync("/api/pets?limit=1")).Expect(HttpStatusCode.OK); // the caller's user is cached from here on
        var common = $"Often{Guid.NewGuid():N}"[..14];
        var created = new List<string>();
        for (var i = 0; i < 30; i++) created.Add(await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"{common} {i}")));
        created.Reverse(); // newest first, as the list orders

        var first = (await admin.GetAsync($"/api/pets?q={common}&limit=20")).Expect(HttpStatusCode.OK);
        Assert.Matches("""^db;desc="1 commands";""", first.ServerTiming);
        Assert.Equal(created.Take(20), first.Object["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        var all = await ApiFixtureHelpers.AllPagesAsync(admin, $"/api/pets?q={common}&limit=20");
        Assert.Equal(created, all.Select(p => p["id"]!.GetValue<string>()));

        var rare = $"Seldom{Guid.NewGuid():N}"[..14];
        var only = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"{rare} Rex"));
        for (var i = 0; i < 30; i++) await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Biscuit"));
        var firstTime = (await admin.GetAsync($"/api/pets?q={rare.ToLowerInvariant()}&limit=20")).Expect(HttpStatusCode.OK);
        Assert.Matches("""^db;desc="2 commands";""", firstTime.ServerTiming);
        var again = (await admin.GetAsync($"/api/pets?q={rare}&limit=20")).Expect(HttpStatusCode.OK);
        Assert.Matches("""^db;desc="1 commands";""", again.ServerTiming);
        foreach (var answer in new[] { firstTime, again })
            Assert.Equal([only], answer.Object["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Archived_records_leave_the_default_list_and_appear_with_archived_true()
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var name = $"Arch{Guid.NewGuid():N}"[..20];
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, name));
        (await admin.PostAsync($"/api/pets/{pet}/archive")).Expect(HttpStatusCode.OK);

        Assert.Empty((await admin.GetAsync($"/api/pets?q={name}")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray());
        Assert.Single((await admin.GetAsync($"/api/pets?q={name}&archived=true")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray());
        (await admin.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_triage_queue_is_emergency_first_then_oldest_with_pet_and_receiver()
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        foreach (var priority in new[] { "routine", "emergency", "urgent", "emergency" })
            await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet, priority));

        var queue = await ApiFixtureHelpers.AllPagesAsync(admin, "/api/referrals/queue?limit=50");
        var expected = await api.IdsAsync("""
            SELECT id FROM referrals WHERE status IN ('received', 'triaged') AND archived_at IS NULL
            ORDER BY CASE priority WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, received_at, id
            """);
        Assert.Equal(expected, queue.Select(r => Guid.Parse(r["id"]!.GetValue<string>())));
        Assert.All(queue, r =>
        {
            Assert.NotNull(r["pet"]!["petName"]);
            Assert.NotNull(r["receivedBy"]!["username"]);
        });
    }

    /// <summary>
    /// The API reports its SQL commands per request in Server-Timing (counted by an EF interceptor in the server
    /// process): a list page with every include is one query. The caller's first request also reads its user row; from
    /// then on the user comes from the API's cache.
    /// </summary>
    [Theory]
    [InlineData("/api/pets?include=assignedSpecialist&limit=200")]
    [InlineData("/api/pets?q=an&include=assignedSpecialist&limit=200")]
    [InlineData("/api/referrals?include=pet,receivedBy&order=-receivedAt&limit=200")]
    [InlineData("/api/referrals/queue?limit=200")]
    [InlineData("/api/treatment-plans?include=pet,referral,createdBy&limit=200")]
    [InlineData("/api/interactions?include=pet,referral,treatmentPlan,user&limit=200")]
    [InlineData("/api/users?limit=200")]
    [InlineData("/api/audit?limit=200")]
    public async Task A_list_page_with_includes_is_one_sql_round_trip(string url)
    {
        using var admin = await api.AdminAsync();
        foreach (var client in new[] { admin, await api.NewUserAsync("coordinator"), await api.NewUserAsync("clientCare") })
        {
            var first = await client.GetAsync(url);
            if (first.Status == HttpStatusCode.Forbidden) continue; // users and audit are admin-only
            first.Expect(HttpStatusCode.OK);
            Assert.Matches("""^db;desc="[12] commands";dur=[0-9.]+$""", first.ServerTiming);
            var again = (await client.GetAsync(url)).Expect(HttpStatusCode.OK);
            Assert.Matches("""^db;desc="1 commands";dur=[0-9.]+$""", again.ServerTiming);
        }
    }

    /// <summary>
    /// The page size reaches PostgreSQL as a number in the SQL, not as a parameter: only then is the generic plan of the
    /// prepared statement the index-driven one, reused instead of planned anew for every request.
    /// </summary>
    [Fact]
    public async Task A_list_sends_its_row_limit_as_a_literal()
    {
        using var admin = await api.AdminAsync();
        await using var log = await PostgresStatementLog.StartAsync(stack.App, "postgres");
        var statements = await log.CaptureAsync(
            async () => (await admin.GetAsync("/api/referrals?include=pet,receivedBy&order=-receivedAt&limit=50")).Expect(HttpStatusCode.OK),
            logged => logged.Any(s => s.Contains("FROM referrals AS r")));
        var list = statements.First(s => s.Contains("FROM referrals AS r"));
        Assert.Matches(@"LIMIT 51\b", list);
        Assert.DoesNotMatch(@"LIMIT (\$|')", list);
    }

    [Theory]
    [InlineData("order=-favouriteColour", "order")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("include=owner", "include")]
    [InlineData("priority=asap", "priority")]
    [InlineData("status=lost", "status")]
    public async Task Bad_list_parameters_are_named(string query, string field)
    {
        using var admin = await api.AdminAsync();
        var response = (await admin.GetAsync($"/api/referrals?{query}")).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(response.ErrorsFor(field));
    }
}

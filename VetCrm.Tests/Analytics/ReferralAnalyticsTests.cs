using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.GraphQl;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;

namespace VetCrm.Tests.Analytics;

/// <summary>
/// Referral analytics counts what happened, per referring clinic and month: referrals received, booked, declined and
/// open, conversion, median hours to triage and to booking from the status history, and decline reasons; the same over
/// REST, GraphQL and the web, for the admin only. The referrals are placed in months of 2019 of their own (received and
/// moved at set times), so the figures are exact whatever else the shared stack holds.
/// </summary>
[Collection("stack")]
public sealed class ReferralAnalyticsTests(StackFixture stack)
{
    private const string Window = "from=2019-03-01&to=2019-05-01";
    private static readonly DateTimeOffset March = new(2019, 3, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April = new(2019, 4, 8, 8, 0, 0, TimeSpan.Zero);

    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Each_clinic_and_month_is_counted_with_conversion_turnaround_and_decline_reasons_alike_over_REST_GraphQL_and_the_web()
    {
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (riverside, hillview, busy) = ($"Riverside {tag}", $"Hillview {tag}", $"Busy Practice {tag}");

        // Riverside, March: two booked (triaged after 2 and 4 h, booked after 26 and 50 h), one triaged after 6 h then
        // declined, one still waiting. April: one declined at once, one triaged after 10 h.
        await ReferAsync(admin, specialist, riverside, March, triagedAfter: 2, bookedAfter: 26);
        await ReferAsync(admin, specialist, riverside, March, triagedAfter: 4, bookedAfter: 50);
        await ReferAsync(admin, specialist, riverside, March, triagedAfter: 6, declined: "Owner chose euthanasia at home");
        await ReferAsync(admin, specialist, riverside, March);
        await ReferAsync(admin, specialist, riverside, April, declined: "Outside our caseload");
        await ReferAsync(admin, specialist, riverside, April, triagedAfter: 10);
        // Hillview's reason differs only by spaces around it: one reason.
        await ReferAsync(admin, specialist, hillview, April, declined: "  Outside our caseload ");
        // More referrals than a list's page, all waiting.
        await Task.WhenAll(Enumerable.Range(0, 55).Select(_ => ReferAsync(admin, specialist, busy, April)));

        var rest = (await admin.GetAsync($"/api/analytics/referrals?{Window}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("2019-03-01", rest["from"]!.GetValue<string>());
        Assert.Equal("2019-05-01", rest["to"]!.GetValue<string>());
        var clinics = rest["clinics"]!.AsArray().Select(c => c!.AsObject()).ToDictionary(c => c["referringClinic"]!.GetValue<string>());

        AssertFigures(clinics[busy]["total"]!, received: 55, booked: 0, declined: 0, open: 55, conversion: 0, toTriage: null, toBooking: null);
        AssertFigures(clinics[riverside]["total"]!, received: 6, booked: 2, declined: 2, open: 2, conversion: 0.333, toTriage: 5, toBooking: 38);
        var months = clinics[riverside]["months"]!.AsArray();
        Assert.Equal(["2019-03-01", "2019-04-01"], months.Select(m => m!["month"]!.GetValue<string>()));
        AssertFigures(months[0]!["figures"]!, received: 4, booked: 2, declined: 1, open: 1, conversion: 0.5, toTriage: 4, toBooking: 38);
        AssertFigures(months[1]!["figures"]!, received: 2, booked: 0, declined: 1, open: 1, conversion: 0, toTriage: 10, toBooking: null);
        AssertFigures(clinics[hillview]["total"]!, received: 1, booked: 0, declined: 1, open: 0, conversion: 0, toTriage: null, toBooking: null);
        // The busiest clinic first; the window's total is the clinics' sum.
        Assert.Equal(busy, rest["clinics"]![0]!["referringClinic"]!.GetValue<string>());
        Assert.Equal(clinics.Values.Sum(c => c["total"]!["received"]!.GetValue<int>()), rest["total"]!["received"]!.GetValue<int>());
        var reasons = rest["declineReasons"]!.AsArray().ToDictionary(r => r!["reason"]!.GetValue<string>(), r => r!["count"]!.GetValue<int>());
        Assert.Equal(2, reasons["Outside our caseload"]);
        Assert.Equal(1, reasons["Owner chose euthanasia at home"]);

        // GraphQL answers the same figures.
        var graph = (await admin.GraphQlAsync("""
            query($from: DateOnly, $to: DateOnly) { referralAnalytics(from: $from, to: $to) {
              from to total { received declined booked open conversionRate medianHoursToTriage medianHoursToBooking }
              clinics { referringClinic total { received declined booked open conversionRate medianHoursToTriage medianHoursToBooking }
                        months { month figures { received declined booked open conversionRate medianHoursToTriage medianHoursToBooking } } }
              declineReasons { reason count } } }
            """, new { from = "2019-03-01", to = "2019-05-01" })).Ok()["referralAnalytics"]!;
        Assert.Equal(Reordered(rest, rest)!.ToJsonString(), Reordered(graph.AsObject(), rest)!.ToJsonString());

        // The web page shows them to the admin, and links to itself from the menu.
        using var web = await WebSession.AdminAsync(stack);
        var page = await web.GetAsync("/Admin/Analytics?Window.From=2019-03-01&Window.To=2019-04-30");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/Admin/Analytics\"", page.Body);
        Assert.Matches($"<th scope=\"row\">{riverside}</th><td>6</td><td>2</td><td>2</td><td>2</td>\\s*<td>33%</td><td>5 h</td><td>38 h</td>", page.Body);
        Assert.Matches($"<td class=\"nowrap\">Apr 2019</td><th scope=\"row\">{busy}</th><td>55</td>", page.Body);
        Assert.Contains("<td>Outside our caseload</td><td>2</td>", page.Body);
    }

    [Fact]
    public async Task Only_the_admin_reads_referral_analytics_and_a_bad_window_is_named_and_refused()
    {
        using var admin = await api.AdminAsync();
        Assert.Contains("readReferralAnalytics", (await admin.GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK).Object["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        foreach (var role in new string?[] { "coordinator", "specialist", "clientCare", null })
        {
            using var user = await api.NewUserAsync(role);
            (await user.GetAsync($"/api/analytics/referrals?{Window}")).Expect(HttpStatusCode.Forbidden);
            Assert.Equal("FORBIDDEN", (await user.GraphQlAsync("{ referralAnalytics { total { received } } }")).ErrorCode());
            Assert.DoesNotContain("readReferralAnalytics", (await user.GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK).Object["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
            if (role is null) continue;
            using var web = await WebSession.LoggedInAsync(stack, user);
            Assert.DoesNotContain("href=\"/Admin/Analytics\"", (await web.GetAsync("/")).Body);
            var notAllowed = await web.GetAsync("/Admin/Analytics");
            Assert.Equal(HttpStatusCode.Redirect, notAllowed.StatusCode);
            Assert.StartsWith("/Error/403", notAllowed.Location!.PathAndQuery);
        }
        using (var anonymous = api.Anonymous())
        {
            (await anonymous.GetAsync("/api/analytics/referrals")).Expect(HttpStatusCode.Unauthorized);
        }

        // With no window the last twelve months up to the end of this one.
        var thisMonth = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        var year = (await admin.GetAsync("/api/analytics/referrals")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal(thisMonth.AddMonths(-11).ToString("yyyy-MM-dd"), year["from"]!.GetValue<string>());
        Assert.Equal(thisMonth.AddMonths(1).ToString("yyyy-MM-dd"), year["to"]!.GetValue<string>());
        // The calendar's edges are windows like any other.
        foreach (var (query, from) in new[] { ("to=0001-01-02", "0001-01-01"), ("to=9999-12-31", "9998-12-31"), ("from=9999-12-30&to=9999-12-31", "9999-12-30") })
        {
            Assert.Equal(from, (await admin.GetAsync($"/api/analytics/referrals?{query}")).Expect(HttpStatusCode.OK).Object["from"]!.GetValue<string>());
        }

        foreach (var (query, field) in new[]
        {
            ("from=2019-05-01&to=2019-05-01", "to"), ("from=2019-05-02&to=2019-05-01", "to"), ("from=2013-01-01&to=2019-01-02", "from"),
            ($"from={thisMonth.AddMonths(2):yyyy-MM-dd}", "from"), ("clinic=Riverside", "clinic"), ("to=0001-01-01", "to"), ("from=9999-12-31", "from"),
            ("from=0001-01-01&to=9999-12-31", "from"),
        })
        {
            var refused = (await admin.GetAsync($"/api/analytics/referrals?{query}")).Expect(HttpStatusCode.BadRequest);
            Assert.True(refused.ErrorsFor(field).Length > 0, $"{query}: {refused.Text}");
        }
        foreach (var (query, field) in new[] { ("from=2019-02-30", "from"), ("to=yesterday", "to"), ("from=%00", "from"), ("to=2019-05-01T00:00:00Z", "to") })
        {
            var refused = (await admin.GetAsync($"/api/analytics/referrals?{query}")).Expect(HttpStatusCode.BadRequest);
            Assert.True(refused.ErrorsFor(field).Length > 0, $"{query}: {refused.Text}");
        }
        Assert.Equal("BAD_USER_INPUT", (await admin.GraphQlAsync("""{ referralAnalytics(from: "2019-05-01", to: "2019-04-01") { total { received } } }""")).ErrorCode());

        // The web names the field and shows no figures.
        using var adminWeb = await WebSession.AdminAsync(stack);
        var refusedPage = await adminWeb.GetAsync("/Admin/Analytics?Window.From=2019-05-02&Window.To=2019-05-01");
        Assert.Equal(HttpStatusCode.OK, refusedPage.StatusCode);
        Assert.Contains("To must be after from (2019-05-02).", refusedPage.Body);
        Assert.DoesNotContain("data-testid=\"analytics-clinics\"", refusedPage.Body);
    }

    /// <summary>
    /// Records a referral from <paramref name="clinic"/> and moves it as told, then sets when it was received and when each
    /// move happened, hours after receipt, as if it had all happened then.
    /// </summary>
    private async Task ReferAsync(ApiClient admin, ApiClient specialist, string clinic, DateTimeOffset receivedAt,
        int? triagedAfter = null, int? bookedAfter = null, string? declined = null)
    {
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", new { pet = new { id = pet }, referringClinic = clinic, referralReason = "Cough; echo requested.", priority = "routine" });
        var moves = new List<(string Status, int Hours, string Reason)>();
        if (triagedAfter is { } triage) moves.Add(("triaged", triage, "Stable."));
        if (bookedAfter is { } booking) moves.Add(("scheduled", booking, "Booked."));
        if (declined is not null) moves.Add(("declined", (triagedAfter ?? 0) + 1, declined));
        foreach (var (status, _, reason) in moves) (await admin.MoveAsync("referrals", referral, status, reason)).Expect(HttpStatusCode.OK);

        var id = Guid.Parse(referral);
        await api.ScalarAsync<object>("UPDATE referrals SET received_at = @at WHERE id = @id", ("at", receivedAt), ("id", id));
        foreach (var (status, hours, _) in moves)
        {
            await api.ScalarAsync<object>("UPDATE status_changes SET changed_at = @at WHERE entity_type = 'referral' AND entity_id = @id AND to_value = @status",
                ("at", receivedAt.AddHours(hours)), ("id", id), ("status", status));
        }
    }

    private static void AssertFigures(JsonNode figures, int received, int booked, int declined, int open, double conversion, double? toTriage, double? toBooking)
    {
        var expected = new JsonObject
        {
            ["received"] = received, ["declined"] = declined, ["booked"] = booked, ["open"] = open, ["conversionRate"] = conversion,
            ["medianHoursToTriage"] = toTriage, ["medianHoursToBooking"] = toBooking,
        };
        Assert.Equal(Reordered(expected, expected)!.ToJsonString(), Reordered(figures.AsObject(), expected)!.ToJsonString());
    }

    /// <summary><paramref name="node"/> with its members in the order of <paramref name="template"/>'s, and only those, at every depth; numbers as doubles, however they were written.</summary>
    private static JsonNode? Reordered(JsonNode? node, JsonNode? template) => (node, template) switch
    {
        (JsonObject members, JsonObject shape) => new JsonObject(shape.Select(m => KeyValuePair.Create(m.Key, Reordered(members[m.Key], m.Value)))),
        (JsonArray items, JsonArray shape) => new JsonArray([.. items.Select((item, i) => Reordered(item, i < shape.Count ? shape[i] : null))]),
        (JsonValue value, _) when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)),
        _ => node?.DeepClone(),
    };
}

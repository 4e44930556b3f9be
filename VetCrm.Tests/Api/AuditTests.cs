using System.Net;
using Npgsql;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>The server writes an audit entry for every audited action, and the database refuses to change them.</summary>
[Collection("stack")]
public sealed class AuditTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Create_update_status_change_read_and_archive_are_audited_with_before_and_after()
    {
        using var admin = await api.AdminAsync();
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet))).Expect(HttpStatusCode.Created);
        var updated = (await coordinator.PatchAsync($"/api/referrals/{referral.Id}", new { version = referral.Version, priority = "emergency" })).Expect(HttpStatusCode.OK);
        (await coordinator.MoveAsync("referrals", referral.Id, "triaged", "Seen by triage nurse")).Expect(HttpStatusCode.OK);
        (await specialist.GetAsync($"/api/referrals/{referral.Id}")).Expect(HttpStatusCode.OK);
        (await admin.PostAsync($"/api/referrals/{referral.Id}/archive")).Expect(HttpStatusCode.OK);

        var entries = (await admin.GetAsync($"/api/audit?entityType=referral&entityId={referral.Id}&order=at")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["create", "update", "statusChange", "read", "archive"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal(
            [coordinator.UserId, coordinator.UserId, coordinator.UserId, specialist.UserId, admin.UserId],
            entries.Select(e => Guid.Parse(e!["actor"]!["id"]!.GetValue<string>())));

        var update = entries[1]!["metadata"]!["changes"]!["priority"]!;
        Assert.Equal("urgent", update["before"]!.GetValue<string>());
        Assert.Equal("emergency", update["after"]!.GetValue<string>());
        var status = entries[2]!["metadata"]!;
        Assert.Equal("received", status["changes"]!["status"]!["before"]!.GetValue<string>());
        Assert.Equal("Seen by triage nurse", status["reason"]!.GetValue<string>());
        Assert.NotNull(entries[4]!["metadata"]!["changes"]!["archivedAt"]!["after"]);
        Assert.NotEqual(referral.Version, updated.Version);
    }

    [Fact]
    public async Task Logins_failed_logins_and_role_grants_are_audited()
    {
        using var admin = await api.AdminAsync();
        using var user = await api.NewUserAsync("clientCare");
        using var anonymous = api.Anonymous();
        (await anonymous.PostAsync("/api/auth/login", new { username = user.UserName, password = "Not-the-password-1" })).Expect(HttpStatusCode.Unauthorized);
        var ghost = $"ghost-{Guid.NewGuid():N}";
        (await anonymous.PostAsync("/api/auth/login", new { username = ghost, password = "Whatever-123" })).Expect(HttpStatusCode.Unauthorized);

        var actions = (await admin.GetAsync($"/api/audit?entityType=user&entityId={user.UserId}&order=at")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray()
            .Select(e => e!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(["create", "login", "roleChange", "loginFailed"], actions);

        // Failed logins for unknown names are counted and written as one row per interval (1 s in the tests), with the count per name.
        await Poll.UntilAsync(async () => (await admin.GetAsync("/api/audit?action=loginFailed&limit=200")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray(),
            failed => failed.Any(e => e!["metadata"]?["names"]?[ghost]?.GetValue<int>() == 1), "the failed login for an unknown name in the audit log");
    }

    [Fact]
    public async Task Audit_filters_by_actor_and_time_window()
    {
        using var admin = await api.AdminAsync();
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var from = DateTimeOffset.UtcNow.AddSeconds(-1);
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));

        var mine = (await admin.GetAsync($"/api/audit?actor={coordinator.UserId}&from={Uri.EscapeDataString(from.ToString("O"))}&limit=200"))
            .Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Contains(mine, e => e!["entityId"]!.GetValue<string>() == pet && e["action"]!.GetValue<string>() == "create");
        Assert.All(mine, e => Assert.Equal(coordinator.UserId.ToString(), e!["actor"]!["id"]!.GetValue<string>()));

        var before = (await admin.GetAsync($"/api/audit?actor={coordinator.UserId}&to={Uri.EscapeDataString(from.AddMinutes(-10).ToString("O"))}"))
            .Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Empty(before);
    }

    [Fact]
    public async Task The_filters_name_every_record_type_and_action_and_an_unknown_one_is_refused()
    {
        using var admin = await api.AdminAsync();
        var filters = (await admin.GetAsync("/api/audit/filters")).Expect(HttpStatusCode.OK).Object;
        var types = filters["entityTypes"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Contains("user", types);
        Assert.Superset(new HashSet<string> { "pet", "referral", "treatmentPlan", "interactionLog", "appointment", "task" }, types.ToHashSet());
        var actions = filters["actions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "create", "read", "statusChange", "loginFailed", "roleChange" }, actions.ToHashSet());

        // Every offered value filters; one that is not offered is named, rather than answering an empty log.
        (await admin.GetAsync("/api/audit?entityType=appointment&action=create")).Expect(HttpStatusCode.OK);
        Assert.NotEmpty((await admin.GetAsync("/api/audit?entityType=pets")).Expect(HttpStatusCode.BadRequest).ErrorsFor("entityType"));
        Assert.NotEmpty((await admin.GetAsync("/api/audit?action=delete")).Expect(HttpStatusCode.BadRequest).ErrorsFor("action"));

        using var coordinator = await api.NewUserAsync("coordinator");
        (await coordinator.GetAsync("/api/audit/filters")).Expect(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET summary = 'tampered'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task The_database_refuses_to_change_or_remove_audit_entries(string sql)
    {
        using var admin = await api.AdminAsync(); // guarantees at least one entry (the login)
        var count = await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => api.ScalarAsync<object>(sql));

        // The services' role has no such privilege (42501); the trigger stands behind it for the owner.
        Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege || refused.MessageText.Contains("append-only"), refused.MessageText);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries WHERE summary = 'tampered'"));
        Assert.True(await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries") >= count);
    }
}

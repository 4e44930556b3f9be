using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// Password guessing is slowed per (account, client) and per client, a stranger cannot lock anyone out or void their
/// sessions, unknown and known names get the same answers, and a burst of parallel failures answers no 5xx. Clients
/// are told apart by X-Forwarded-For, which the API takes from loopback (the web and DCP's proxy).
/// </summary>
[Collection("stack")]
public sealed class LoginAbuseTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    private ApiClient Client(string address)
    {
        var client = api.Anonymous();
        client.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static Task<ApiResponse> LoginAsync(ApiClient client, string username, string password) =>
        client.PostAsync("/api/auth/login", new { username, password });

    [Fact]
    public async Task A_stranger_guessing_is_held_back_while_the_owner_logs_in_and_keeps_its_session()
    {
        using var owner = await api.NewUserAsync("coordinator");
        using var stranger = Client(RandomAddress());
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++) answers.Add((await LoginAsync(stranger, owner.UserName, $"Guess-{i}-password")).Status);

        Assert.All(answers.Take(5), status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.All(answers.Skip(5), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        // Even the right password waits now, from the stranger's client.
        (await LoginAsync(stranger, owner.UserName, ApiFixtureHelpers.Password)).Expect(HttpStatusCode.TooManyRequests);

        // The owner's session lives on, and the owner logs in from its own client.
        (await owner.GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK);
        using var ownersClient = Client(RandomAddress());
        (await LoginAsync(ownersClient, owner.UserName, ApiFixtureHelpers.Password)).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_names_and_held_back_accounts_get_the_same_answers()
    {
        using var user = await api.NewUserAsync("specialist");
        using var stranger = Client(RandomAddress());
        var ghost = $"ghost-{Guid.NewGuid():N}";

        var wrongPassword = (await LoginAsync(stranger, user.UserName, "Wrong-password-1")).Expect(HttpStatusCode.Unauthorized);
        var unknownName = (await LoginAsync(stranger, ghost, "Wrong-password-1")).Expect(HttpStatusCode.Unauthorized);
        Assert.Equal(wrongPassword.Object["detail"]!.ToJsonString(), unknownName.Object["detail"]!.ToJsonString());

        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(stranger, user.UserName, "Wrong-password-1");
            await LoginAsync(stranger, ghost, "Wrong-password-1");
        }
        var heldKnown = (await LoginAsync(stranger, user.UserName, "Wrong-password-1")).Expect(HttpStatusCode.TooManyRequests);
        var heldGhost = (await LoginAsync(stranger, ghost, "Wrong-password-1")).Expect(HttpStatusCode.TooManyRequests);
        Assert.Equal(heldKnown.Object["detail"]!.ToJsonString(), heldGhost.Object["detail"]!.ToJsonString());
        Assert.DoesNotContain("lock", heldKnown.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Two_hundred_parallel_wrong_logins_for_one_user_answer_no_5xx_and_lock_nobody_out()
    {
        using var user = await api.NewUserAsync("clientCare");
        using var stranger = Client(RandomAddress());
        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => LoginAsync(stranger, user.UserName, $"Parallel-{i}-wrong")));

        Assert.DoesNotContain(answers, a => (int)a.Status >= 500);
        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"{(int)a.Status}: {a.Text}"));
        // The burst was counted before the passwords were checked: only the first few were tried.
        Assert.InRange(answers.Count(a => a.Status == HttpStatusCode.Unauthorized), 1, 5);
        (await user.GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK);
        using var ownersClient = Client(RandomAddress());
        (await LoginAsync(ownersClient, user.UserName, ApiFixtureHelpers.Password)).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task One_client_is_rate_limited_on_login_and_signup()
    {
        using var flooder = Client(RandomAddress());
        var answers = await Task.WhenAll(Enumerable.Range(0, 320).Select(i => i % 2 == 0
            ? LoginAsync(flooder, $"nobody-{i}", "Wrong-password-1")
            : flooder.PostAsync("/api/auth/signup", new { username = "", email = "", password = "", fullName = "" })));

        Assert.DoesNotContain(answers, a => (int)a.Status >= 500);
        var limited = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        // The fixture allows 300 account requests per client and minute.
        Assert.InRange(limited.Count, 20, 320);
        Assert.Equal("Too many requests", limited[0].Object["title"]!.GetValue<string>());
        // Another client is not affected.
        using var other = Client(RandomAddress());
        (await LoginAsync(other, "admin", stack.AdminPassword)).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Failed_logins_for_unknown_names_are_one_audit_row_with_counts()
    {
        using var admin = await api.AdminAsync();
        using var guesser = Client(RandomAddress());
        var prefix = $"flood-{Guid.NewGuid():N}"[..20];
        var before = await UnknownNameRowsAsync();
        for (var i = 0; i < 30; i++) await LoginAsync(guesser, $"{prefix}-{i % 3}", "Wrong-password-1");

        // Each (name, client) is tried five times before it is held back: 15 failures to report.
        await Poll.UntilAsync(async () => await api.ScalarAsync<long>(
                "select coalesce(sum(coalesce((metadata -> 'names' ->> @a)::int, 0) + coalesce((metadata -> 'names' ->> @b)::int, 0) + coalesce((metadata -> 'names' ->> @c)::int, 0)), 0)::bigint from audit_entries where action = 'loginFailed' and (metadata -> 'names') ?| array[@a, @b, @c]",
                ("a", $"{prefix}-0"), ("b", $"{prefix}-1"), ("c", $"{prefix}-2")),
            total => total == 15, "the 15 unknown-name failures in the audit log");
        var written = await UnknownNameRowsAsync() - before;
        Assert.InRange(written, 1, 5);
        Assert.Equal(0, await api.ScalarAsync<long>("select count(*) from audit_entries where actor_name like @p", ("p", prefix + "%")));
    }

    private Task<long> UnknownNameRowsAsync() =>
        api.ScalarAsync<long>("select count(*) from audit_entries where action = 'loginFailed' and actor_id is null");

    /// <summary>A client of its own (IPv6 documentation prefix), so tests never share a budget.</summary>
    private static string RandomAddress() => $"2001:db8::{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}";
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Aspire.Hosting;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using Xunit.Abstractions;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// On a stack of its own, since it restarts and stops services: a web sign-in outlives a Redis flush and restarts of
/// Redis, the web and the API (both key rings are durable and their encrypted keys are read back), and with the API
/// stopped a staff page answers the friendly "service unavailable" page at once.
/// </summary>
public sealed class KeyRingRestartTests(StackFixture stack, ITestOutputHelper output) : IClassFixture<StackFixture>
{
    /// <summary>Well below the 15 s a user used to wait for the developer exception page.</summary>
    private static readonly TimeSpan UnavailablePageDeadline = TimeSpan.FromSeconds(10);

    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_web_sign_in_outlives_a_redis_flush_and_restarts_of_redis_the_web_and_the_api()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var session = await WebSession.LoggedInAsync(stack, coordinator);
        await AssertSignedInAsync(session, "after signing in");

        Assert.Equal(0L, await FlushRedisAsync());
        await RestartAsync("cache");
        await RestartAsync("web");
        await AssertSignedInAsync(session, "after a Redis flush and restarts of Redis and the web");

        await RestartAsync("api");
        await AssertSignedInAsync(session, "after a restart of the API");
    }

    [Fact]
    public async Task With_the_api_stopped_a_staff_page_answers_the_unavailable_page_at_once_without_a_stack_trace()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var session = await WebSession.LoggedInAsync(stack, coordinator);
        await AssertSignedInAsync(session, "before the API stops");

        await stack.ExecuteCommandAsync("api", KnownResourceCommands.StopCommand);
        try
        {
            var clock = Stopwatch.StartNew();
            var page = await session.GetAsync("/Pets").WaitAsync(UnavailablePageDeadline);
            output.WriteLine($"The unavailable page came after {clock.ElapsedMilliseconds} ms.");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("data-status=\"503\"", page.Body);
            Assert.Contains("Service unavailable", page.Body);
            Assert.Contains("data-testid=\"trace-id\"", page.Body);
            Assert.DoesNotContain("Exception", page.Body);
            Assert.DoesNotContain("   at ", page.Body);
        }
        finally
        {
            await stack.ExecuteCommandAsync("api", KnownResourceCommands.StartCommand);
            await WaitUntilServingAsync();
        }
        await AssertSignedInAsync(session, "once the API is back");
    }

    /// <summary>A staff page opens with the user's name in the header; signed out, it would redirect to the login page.</summary>
    private static async Task AssertSignedInAsync(WebSession session, string when)
    {
        var page = await session.GetAsync("/Pets");
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{when}: /Pets answered {(int)page.StatusCode}, location {page.Location}");
        Assert.Contains("data-testid=\"signed-in-user\">Test coordinator", page.Body);
    }

    private async Task RestartAsync(string resource)
    {
        await stack.ExecuteCommandAsync(resource, KnownResourceCommands.RestartCommand);
        await WaitUntilServingAsync();
    }

    /// <summary>The restarted resources are up again: Redis healthy, and the API (which needs Redis) and the web answer their health checks.</summary>
    private async Task WaitUntilServingAsync()
    {
        using var deadline = new CancellationTokenSource(StackFixture.StartupDeadline);
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("cache", deadline.Token);
        foreach (var service in new[] { "api", "web" })
        {
            using var http = stack.CreateHttpClient(service);
            await Poll.UntilAsync(async () =>
            {
                try
                {
                    using var health = await http.GetAsync("/health", deadline.Token);
                    return health.StatusCode;
                }
                catch (HttpRequestException)
                {
                    return HttpStatusCode.ServiceUnavailable;
                }
            }, status => status == HttpStatusCode.OK, $"{service} /health after a restart", StackFixture.StartupDeadline);
        }
    }

    /// <summary>FLUSHALL, spoken to Redis directly (RESP) with the stack's own connection string; answers the key count left.</summary>
    private async Task<long> FlushRedisAsync()
    {
        var settings = (await stack.GetConnectionStringAsync("cache")).Split(',');
        var endpoint = settings[0].Split(':');
        var password = settings.Single(setting => setting.StartsWith("password=", StringComparison.Ordinal))["password=".Length..];
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint[0], int.Parse(endpoint[1]));
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(Command("AUTH", password) + Command("FLUSHALL") + Command("DBSIZE")));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Assert.Equal("+OK", await reader.ReadLineAsync());
        Assert.Equal("+OK", await reader.ReadLineAsync());
        var size = await reader.ReadLineAsync();
        Assert.StartsWith(":", size);
        return long.Parse(size![1..]);
    }

    private static string Command(params string[] parts) =>
        $"*{parts.Length}\r\n" + string.Concat(parts.Select(part => $"${Encoding.UTF8.GetByteCount(part)}\r\n{part}\r\n"));
}

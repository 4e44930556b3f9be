using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Aspire.Hosting;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// On a stack of its own, since it restarts and kills services: a web sign-in outlives a Redis flush and restarts of
/// Redis, the web and the API, because both key rings are durable and their encrypted keys are read back after a start.
/// </summary>
public sealed class KeyRingRestartTests(StackFixture stack) : IClassFixture<StackFixture>
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_web_sign_in_outlives_a_redis_flush_and_restarts_of_redis_the_web_and_the_api_and_the_api_being_down_is_a_503_page()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var session = await WebSession.LoggedInAsync(stack, coordinator);
        await AssertSignedInAsync(session, "after signing in");

        Assert.Equal(0L, await FlushRedisAsync());
        await stack.ExecuteCommandAsync("cache", KnownResourceCommands.RestartCommand);
        await KillAsync("web");
        await StartAsync("web");
        await AssertSignedInAsync(session, "after a Redis flush and restarts of Redis and the web");

        await KillAsync("api");
        // With the API gone the page says so, as a 503 with nothing of the server's insides, and the session survives it.
        var down = await session.GetAsync("/Pets");
        Assert.True(down.StatusCode == HttpStatusCode.ServiceUnavailable, $"with the API down: /Pets answered {(int)down.StatusCode}");
        Assert.Contains("VetCrm cannot reach its services right now", down.Body);
        Assert.DoesNotContain("Exception", down.Body);
        await StartAsync("api");
        await AssertSignedInAsync(session, "after a restart of the API");
    }

    /// <summary>A staff page opens with the user's name in the header; signed out, it would redirect to the login page.</summary>
    private static async Task AssertSignedInAsync(WebSession session, string when)
    {
        var page = await session.GetAsync("/Pets");
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{when}: /Pets answered {(int)page.StatusCode}, location {page.Location}");
        Assert.Contains("data-testid=\"signed-in-user\">Test coordinator", page.Body);
    }

    /// <summary>
    /// Ends a service the hard way, as a crash or an OOM kill would (nothing is saved on the way out). Aspire's stop
    /// command waits for a graceful shutdown instead, which on a busy shared machine can outlast the orchestrator's patience.
    /// </summary>
    private async Task KillAsync(string resource)
    {
        var instance = stack.Instances.Of(resource).Single();
        Process.GetProcessById(instance.ProcessId!.Value).Kill(entireProcessTree: true);
        await Poll.UntilAsync(() => stack.Instances.Of(resource).Count == 0, $"{resource} to be seen as stopped", StackFixture.StartupDeadline);
    }

    private async Task StartAsync(string resource)
    {
        await stack.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
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

using VetCrm.Hosting;
using VetCrm.Hosting.ApplicationModel;
using VetCrm.Hosting.Orchestration;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Foundation;

/// <summary>
/// A second, private copy of the stack (with two API replicas behind one address), started while the shared one
/// runs: nothing collides, a lost database is answered with 503, and after dispose none of its processes is left.
/// </summary>
public sealed class IsolationTests : IAsyncLifetime
{
    private sealed class TwoApiReplicasFixture : StackFixture
    {
        protected override void Configure(IDistributedApplicationBuilder builder) =>
            builder.CreateResourceBuilder(Project(builder, "api")).WithReplicas(2);
    }

    private readonly TwoApiReplicasFixture _stack = new();

    public Task InitializeAsync() => _stack.InitializeAsync();

    // The test disposes the stack itself to check what disposal leaves; this covers a test that failed before that.
    public Task DisposeAsync() => _stack.DisposeAsync();

    [Fact]
    public async Task A_second_stack_runs_alongside_serves_through_replicas_answers_503_without_its_database_and_leaves_no_process_behind()
    {
        var stateDirectory = _stack.App.Orchestrator.StateDirectoryPath;
        var apiReplicas = _stack.App.ResourceNotifications.InstancesOf("api");
        Assert.Equal(["api-0", "api-1"], apiReplicas.Select(r => r.Name));
        Assert.All(apiReplicas, r => Assert.True(r.IsHealthy, r.ToString()));
        Assert.NotEqual(apiReplicas[0].Port, apiReplicas[1].Port);

        // Several requests through the stable address: the load balancer spreads them over both replicas.
        using var web = _stack.CreateHttpClient("web");
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("data-testid=\"service-status\">API", await web.GetStringAsync("/"));
        }

        var pids = _stack.App.ResourceNotifications.Instances.Where(i => i.ProcessId is not null).Select(i => i.ProcessId!.Value).ToList();
        Assert.Equal(6, pids.Count); // postgres, redis, 2 × api, worker, web
        Assert.All(pids, pid => Assert.True(Directory.Exists($"/proc/{pid}"), $"pid {pid} should be running"));

        // This stack is about to go: take its database away (which the shared stack's tests cannot afford) and see the
        // API answer what a client can act on, not a bare 500.
        using var admin = await new Api.ApiFixtureHelpers(_stack).AdminAsync();
        (await admin.GetAsync("/api/pets?limit=1")).Expect(System.Net.HttpStatusCode.OK);
        await _stack.App.Orchestrator.StopResourceAsync("postgres");
        using var unavailable = await admin.Http.GetAsync("/api/pets?limit=1");
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), unavailable.Headers.RetryAfter?.Delta);
        Assert.Contains("Database unavailable", await unavailable.Content.ReadAsStringAsync());

        await _stack.DisposeAsync();

        foreach (var pid in pids)
        {
            await Poll.UntilAsync(() => !Directory.Exists($"/proc/{pid}"), $"pid {pid} to be gone", TimeSpan.FromSeconds(30));
        }
        Assert.False(Directory.Exists(stateDirectory), "the temporary state directory is deleted");
    }
}

using System.Net;
using Aspire.Hosting;
using VetCrm.Tests.Api;
using Microsoft.Playwright;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;

namespace VetCrm.Tests.Foundation;

/// <summary>
/// A second, private copy of the stack (with two API replicas behind one address and Aspire's dashboard), started while
/// the shared ones run: nothing collides, the dashboard shows the resources and their telemetry, the operators' commands
/// work, PostgreSQL comes back after a kill -9, a lost database is answered with 503, and after dispose none of its
/// processes is left, DCP's included.
/// </summary>
public sealed class IsolationTests : IAsyncLifetime
{
    private sealed class TwoApiReplicasFixture : StackFixture
    {
        protected override bool WithDashboard => true;

        protected override void Configure(IDistributedApplicationTestingBuilder builder)
        {
            builder.CreateResourceBuilder<ProjectResource>("api").WithReplicas(2);
            // Scans only when asked: the operator's command is then the only thing that can flag a plan.
            builder.CreateResourceBuilder<ProjectResource>("worker").WithEnvironment("Reminders__ScanInterval", "01:00:00");
        }
    }

    private readonly TwoApiReplicasFixture _stack = new();

    public Task InitializeAsync() => _stack.InitializeAsync();

    // The test disposes the stack itself to check what disposal leaves; this covers a test that failed before that.
    public Task DisposeAsync() => _stack.DisposeAsync();

    [Fact]
    public async Task A_second_stack_runs_alongside_takes_operator_commands_answers_503_without_its_database_and_leaves_no_process_behind()
    {
        var apiReplicas = _stack.Instances.Of("api");
        Assert.Equal(2, apiReplicas.Count);
        Assert.All(apiReplicas, r => Assert.True(r.IsHealthy, r.ToString()));
        Assert.True(apiReplicas[0].Port != apiReplicas[1].Port, $"each replica has its own port: {apiReplicas[0]} / {apiReplicas[1]}");

        // Several requests through the stable address: DCP's proxy spreads them over both replicas.
        using var web = _stack.CreateHttpClient("web");
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("data-testid=\"service-status\">API", await web.GetStringAsync("/"));
        }

        var helpers = new ApiFixtureHelpers(_stack);
        await RunReminderScanNowAsync(helpers);
        await DashboardShowsResourcesAndTelemetryAsync();
        await ResetDemoDataAsync(helpers);
        await PostgresRestartsAfterKillAsync(helpers);

        var processes = _stack.Instances.Running.Select(i => i.ProcessId!.Value).ToList();
        // postgres, redis, 2 × api, worker, web, and Aspire's dashboard
        Assert.True(processes.Count == 7, string.Join('\n', _stack.Instances.All));
        var orchestrator = ProcessTree.OrchestratorOf(processes[0]);
        Assert.NotEmpty(orchestrator);
        // The resources and DCP run; a helper DCP started for a moment may be gone by now, and is then rightly gone below too.
        Assert.All(processes.Concat(ProcessTree.AncestorsOf(processes[0])), pid => Assert.True(ProcessTree.IsRunning(pid), $"pid {pid} should be running"));

        // This stack is about to go: take its database away (which the shared stacks' tests cannot afford) and see the
        // API answer what a client can act on, not a bare 500. The admin signs in anew: the reset ended its earlier session.
        using var admin = await helpers.LoginAsync("admin", _stack.AdminPassword);
        (await admin.GetAsync("/api/pets?limit=1")).Expect(HttpStatusCode.OK);
        await _stack.ExecuteCommandAsync("postgres", KnownResourceCommands.StopCommand);
        using var unavailable = await admin.Http.GetAsync("/api/pets?limit=1");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), unavailable.Headers.RetryAfter?.Delta);
        Assert.Contains("Database unavailable", await unavailable.Content.ReadAsStringAsync());

        await _stack.DisposeAsync();

        foreach (var pid in processes.Concat(orchestrator))
        {
            await Poll.UntilAsync(() => !ProcessTree.IsRunning(pid), $"pid {pid} to be gone", TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>The worker's "Run reminder scan now" flags an overdue review at once, though its next scan is an hour away.</summary>
    private async Task RunReminderScanNowAsync(ApiFixtureHelpers helpers)
    {
        var specialist = await helpers.NewUserAsync("specialist");
        using var admin = await helpers.AdminAsync();
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var overduePlan = Guid.Parse(await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral, yesterday)));
        Assert.Equal(0L, await RemindersAsync(helpers, overduePlan));

        await _stack.ExecuteCommandAsync("worker", "run-reminder-scan");

        Assert.Equal(1L, await RemindersAsync(helpers, overduePlan));
    }

    private static Task<long> RemindersAsync(ApiFixtureHelpers helpers, Guid plan) =>
        helpers.ScalarAsync<long>("SELECT count(*) FROM reminder_flags WHERE treatment_plan_id = @plan", ("plan", plan));

    /// <summary>The real Aspire dashboard: logged in with the run's token, it lists the resources and holds the services' traces.</summary>
    private async Task DashboardShowsResourcesAndTelemetryAsync()
    {
        var loginUrl = (await _stack.App.GetDashboardUrlAsync())?.ToString() ?? throw new InvalidOperationException("No dashboard URL.");
        var browser = new BrowserFixture();
        await browser.InitializeAsync();
        try
        {
            await ShowsResourcesAndTracesAsync(await browser.Browser.NewPageAsync(), loginUrl);
        }
        finally
        {
            await browser.DisposeAsync();
        }
    }

    private static async Task ShowsResourcesAndTracesAsync(IPage page, string loginUrl)
    {
        // The dashboard is one more process on a machine that runs several stacks at once: give it time to render.
        await page.GotoAsync(loginUrl, new() { Timeout = 60_000 });
        foreach (var resource in new[] { "postgres", "vetcrmdb", "cache", "worker", "web" })
        {
            await Assertions.Expect(page.GetByText(resource, new() { Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }

        // The reminder scan the worker ran for the operator, sent over OTLP.
        // Typed before the page's live connection is up, a filter is lost: look again until the trace is listed.
        var traces = new Uri(new Uri(loginUrl), "/traces").ToString();
        await Poll.UntilAsync(async () =>
        {
            await page.GotoAsync(traces);
            await page.GetByRole(AriaRole.Searchbox).FillAsync("reminder scan");
            try
            {
                await page.GetByText("worker: reminder scan").First.WaitForAsync(new() { Timeout = 10_000 });
                return true;
            }
            catch (Exception notYet) when (notYet is PlaywrightException or TimeoutException)
            {
                return false;
            }
        }, found => found, "the worker's reminder-scan trace on the dashboard", TimeSpan.FromSeconds(90));
        await BrowserFixture.ScreenshotAsync(page, "dashboard-traces");
    }

    /// <summary>PostgreSQL killed with SIGKILL comes back with Aspire's start command on its fixed port, data intact.</summary>
    private async Task PostgresRestartsAfterKillAsync(ApiFixtureHelpers helpers)
    {
        var postgres = _stack.Instances.Of("postgres").Single();
        System.Diagnostics.Process.GetProcessById(postgres.ProcessId!.Value).Kill();
        await Poll.UntilAsync(() => _stack.Instances.Of("postgres").SingleOrDefault()?.State != KnownResourceStates.Running,
            "postgres to be seen as stopped", TimeSpan.FromSeconds(30));

        await _stack.ExecuteCommandAsync("postgres", KnownResourceCommands.StartCommand);
        await _stack.App.ResourceNotifications.WaitForResourceHealthyAsync("postgres");

        Assert.Equal(postgres.Port, _stack.Instances.Of("postgres").Single().Port);
        using var admin = await helpers.LoginAsync("admin", _stack.AdminPassword);
        await Poll.UntilAsync(() => admin.Http.GetAsync("/api/pets?limit=1"), r => r.StatusCode == HttpStatusCode.OK, "the API to reach PostgreSQL again");
    }

    /// <summary>"Reset demo data" on the API: the records are gone, and the bootstrap admin can log in to the new database.</summary>
    private async Task ResetDemoDataAsync(ApiFixtureHelpers helpers)
    {
        Assert.True(await helpers.ScalarAsync<long>("SELECT count(*) FROM treatment_plans") > 0);

        await _stack.ExecuteCommandAsync("api", "reset-demo-data");
        await _stack.App.ResourceNotifications.WaitForResourceHealthyAsync("api");
        // The reset ended every session to the old database, this test's pooled ones included.
        Npgsql.NpgsqlConnection.ClearAllPools();

        Assert.Equal(0L, await helpers.ScalarAsync<long>("SELECT count(*) FROM treatment_plans"));
        using var admin = await helpers.LoginAsync("admin", _stack.AdminPassword);
        (await admin.GetAsync("/api/pets?limit=1")).Expect(HttpStatusCode.OK);
    }
}

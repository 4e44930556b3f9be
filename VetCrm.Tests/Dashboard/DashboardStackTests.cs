using System.Diagnostics;
using Google.Protobuf;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using VetCrm.Dashboard.Otlp;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Dashboard;

/// <summary>The dashboard on the real stack: telemetry from the services' own OTLP exporters, console output, commands, login.</summary>
[Collection("dashboard")]
public sealed partial class DashboardStackTests(DashboardStackFixture stack)
{
    [Fact]
    public async Task A_request_through_web_is_one_trace_with_web_api_and_database_spans_in_the_traces_view()
    {
        // Our own trace context on the way in, so that the test knows which trace the request makes.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var web = stack.CreateHttpClient("web");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        (await web.SendAsync(request)).EnsureSuccessStatusCode();

        using var dashboard = await stack.CreateLoggedInDashboardClientAsync();
        var page = await Poll.UntilAsync(
            () => GetPageAsync(dashboard, $"/traces/{traceId}"),
            html => html.Contains("<span class=\"chip\">web</span>") && html.Contains("<span class=\"chip\">api</span>") && html.Contains("current_setting"),
            "the trace with web, api and SQL spans in the dashboard");

        Assert.Contains("class=\"sql\"", page);
        var list = await GetPageAsync(dashboard, "/traces?resource=web&sort=duration&minutes=1");
        Assert.Contains($"/traces/{traceId}", list);
    }

    [Fact]
    public async Task Api_console_output_appears_in_its_console_view()
    {
        var line = stack.App.ResourceLogs.GetLines("api").Last(l => l.Text.Length > 0);

        using var dashboard = await stack.CreateLoggedInDashboardClientAsync();
        var page = await GetPageAsync(dashboard, "/console/api");

        Assert.Contains(HtmlEncoder.Default.Encode(line.Text), page);
    }

    [Fact]
    public async Task Structured_logs_and_metrics_of_the_api_arrive_through_otlp()
    {
        using var api = stack.CreateHttpClient("api");
        (await api.GetAsync("/api/status")).EnsureSuccessStatusCode();
        using var dashboard = await stack.CreateLoggedInDashboardClientAsync();

        await Poll.UntilAsync(() => GetPageAsync(dashboard, "/metrics/api?instrument=http.server.request.duration"),
            html => html.Contains("<polyline"), "the api's request duration histogram on the metrics view");
        await Poll.UntilAsync(() => GetPageAsync(dashboard, "/logs?resource=api"),
            html => html.Contains("<span class=\"chip\" style=\"--hue"), "structured logs of the api");
    }

    [Fact]
    public async Task The_reminder_workers_metrics_and_scan_traces_arrive_through_otlp()
    {
        using var dashboard = await stack.CreateLoggedInDashboardClientAsync();

        await Poll.UntilAsync(() => GetPageAsync(dashboard, "/metrics/worker?instrument=vetcrm.reminders.scan.duration"),
            html => html.Contains("<polyline"), "the worker's scan duration histogram on the metrics view");
        await Poll.UntilAsync(() => GetPageAsync(dashboard, "/metrics/worker?instrument=vetcrm.reminders.overdue"),
            html => html.Contains("<polyline"), "the worker's overdue-plans gauge on the metrics view");
        await Poll.UntilAsync(() => GetPageAsync(dashboard, "/traces?resource=worker"),
            html => html.Contains("reminder scan"), "a reminder scan trace of the worker");
    }

    [Fact]
    public async Task Restart_of_the_worker_from_the_resources_view_brings_it_back_healthy()
    {
        var before = stack.App.ResourceNotifications.InstancesOf("worker").Single();
        var oldProcessId = before.ProcessId;
        using var dashboard = await stack.CreateLoggedInDashboardClientAsync();
        var resources = await GetPageAsync(dashboard, "/");
        var antiforgeryToken = AntiforgeryField().Match(resources).Groups["token"].Value;

        using var restart = await dashboard.PostAsync("/?handler=Restart", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "worker",
            ["__RequestVerificationToken"] = antiforgeryToken,
        }));

        Assert.Equal(HttpStatusCode.OK, restart.StatusCode);
        await Poll.UntilAsync(() => before.ProcessId != oldProcessId && before.IsHealthy, "the worker to run again, healthy, as a new process",
            StackFixture.StartupDeadline);
    }

    [Fact]
    public async Task Open_pages_are_told_of_changes_by_server_sent_events()
    {
        using var dashboard = await stack.CreateLoggedInDashboardClientAsync();
        using var events = await dashboard.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());

        using var api = stack.CreateHttpClient("api");
        (await api.GetAsync("/api/status")).EnsureSuccessStatusCode();

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(deadline.Token);
        }
        while (line is not null && line != "data: changed");
        Assert.Equal("data: changed", line);
    }

    [Fact]
    public async Task Without_the_token_the_dashboard_answers_401()
    {
        using var stranger = stack.CreateAnonymousDashboardClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/traces")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/login?t=not-the-token")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PostAsync("/?handler=Restart", new StringContent("name=worker"))).StatusCode);
    }

    [Fact]
    public async Task Without_the_api_key_the_receiver_answers_401()
    {
        using var client = new HttpClient { BaseAddress = new Uri(stack.Endpoints.OtlpUrl) };
        var body = new ByteArrayContent(OtlpPayloads.Trace().ToByteArray());
        body.Headers.ContentType = new(OtlpHttpReceiver.ProtobufContentType);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/v1/traces", body)).StatusCode);
    }

    private static async Task<string> GetPageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : $"{(int)response.StatusCode}";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

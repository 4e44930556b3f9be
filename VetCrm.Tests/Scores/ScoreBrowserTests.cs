using System.Net;
using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Scores;

/// <summary>Scores on the case page in a real browser, and the admin's score types page over plain HTTP.</summary>
[Collection("stack")]
public sealed class ScoreBrowserTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_pain_score_recorded_on_the_case_page_is_charted_and_raises_a_task_in_the_specialists_my_tasks()
    {
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Juniper"));
        // Yesterday's score, so the new one draws a line on an existing trend.
        (await specialist.PostAsync("/api/scores", new { pet = new { id = pet }, scoreType = new { id = ScoreTypeIds.CmpsSf }, value = 4, scoreDate = DateTimeOffset.UtcNow.AddDays(-1) }))
            .Expect(HttpStatusCode.Created);

        var page = await browser.LogInAsync(stack.App.GetEndpoint("web"), specialist.UserName, ApiFixtureHelpers.Password);
        await page.GotoAsync($"/Pets/{pet}");
        var scores = page.GetByTestId("scores");
        var form = scores.GetByTestId("record-score");
        // Out of range: refused, with the reason next to the field and nothing charted.
        await form.GetByLabel("Scale").SelectOptionAsync(ScoreTypeIds.CmpsSf);
        await form.GetByLabel("Score", new() { Exact = true }).FillAsync("25");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record score" }).ClickAsync();
        await Expect(page.GetByTestId("score-error")).ToContainTextAsync("from 0 to 24");
        await page.GotoAsync($"/Pets/{pet}");

        await form.GetByLabel("Scale").SelectOptionAsync(ScoreTypeIds.CmpsSf);
        await form.GetByLabel("Score", new() { Exact = true }).FillAsync("8");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record score" }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("crossed the threshold");

        var trend = scores.Locator("[data-score-type='cmps-sf']");
        var chart = trend.GetByTestId("trend-chart");
        await Expect(chart.Locator("path.marker.acts")).ToHaveCountAsync(1);
        await Expect(chart.Locator("circle.marker")).ToHaveCountAsync(1);
        await Expect(chart.Locator("text.value")).ToHaveTextAsync(["4", "8"]);
        await Expect(chart).ToContainTextAsync("Analgesia review at 6 or more");
        await Expect(chart.Locator("desc")).ToContainTextAsync("latest 8 points");
        await Expect(trend.GetByTestId("score-table").Locator("tbody tr")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "case-pain-trend");

        await page.GotoAsync("/");
        await Expect(page.GetByTestId("my-tasks").GetByTestId("task-row").Filter(new() { HasText = "Analgesia review: Juniper" })).ToHaveCountAsync(1);
        var tasks = await ApiFixtureHelpers.AllPagesAsync(specialist, $"/api/tasks?pet={pet}");
        Assert.Single(tasks);
    }

    [Fact]
    public async Task The_admin_adds_a_scale_on_the_score_types_page_and_others_cannot_open_it()
    {
        using var admin = await WebSession.AdminAsync(stack);
        var code = $"lameness-{Guid.NewGuid():N}"[..18];
        var refused = await admin.SubmitAsync("/Scores/Types", new()
        {
            ["Input.Name"] = "Lameness grade", ["Input.Code"] = code, ["Input.Kind"] = "numeric", ["Input.Min"] = "5", ["Input.Max"] = "0", ["Input.Step"] = "1",
        }, "?handler=Add");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("greater than min", refused.FieldError("Input.Max"));

        var added = await admin.SubmitAsync("/Scores/Types", new()
        {
            ["Input.Name"] = "Lameness grade", ["Input.Code"] = code, ["Input.Kind"] = "numeric", ["Input.Min"] = "0", ["Input.Max"] = "5", ["Input.Step"] = "1",
            ["Input.TaskTitle"] = "Orthopaedic review", ["Input.ThresholdAtLeast"] = "4", ["Input.DueInHours"] = "24",
        }, "?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await admin.GetAsync("/Scores/Types");
        Assert.Contains($"data-code=\"{code}\"", list.Body);
        Assert.Contains("Orthopaedic review at 4 or more, due in 24 h", list.Text);

        using var specialist = await api.NewUserAsync("specialist");
        using var web = await WebSession.LoggedInAsync(stack, specialist);
        var denied = await web.GetAsync("/Scores/Types");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.DoesNotContain("/Scores/Types", (await web.GetAsync("/")).Body);
    }
}

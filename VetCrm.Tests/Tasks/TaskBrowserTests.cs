using System.Net;
using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Tasks;

/// <summary>A specialist's task list in a real browser, on a phone-sized screen, with more tasks than one page holds.</summary>
[Collection("stack")]
public sealed class TaskBrowserTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_task_is_closed_from_my_tasks_at_390_px_and_the_tasks_page_pages_through_the_rest()
    {
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Marmalade"));
        var start = DateTimeOffset.UtcNow;
        var tasks = new List<string>();
        // More than the home page shows (10) and more than one page of the tasks page (25).
        for (var i = 0; i < 30; i++)
            tasks.Add((await specialist.PostAsync("/api/tasks", new { pet = new { id = pet }, title = $"Recheck item {i:D2} <b>&amp;</b>", dueAt = start.AddHours(i - 2) }))
                .Expect(HttpStatusCode.Created).Id);

        var page = await browser.LogInAsync(stack.App.GetEndpoint("web"), specialist.UserName, ApiFixtureHelpers.Password, width: 390, height: 844);
        var myTasks = page.GetByTestId("my-tasks");
        var rows = myTasks.GetByTestId("task-row");
        await Expect(rows).ToHaveCountAsync(10);
        await Expect(myTasks).ToContainTextAsync("10+");
        var first = rows.First;
        // Hostile markup in a title is shown as text, never rendered.
        await Expect(first).ToContainTextAsync("Recheck item 00 <b>&amp;</b>");
        await Expect(first.GetByTestId("task-due")).ToContainTextAsync("overdue");
        var done = first.GetByTestId("task-done");
        await Expect(done).ToBeVisibleAsync();
        var box = await done.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 390, $"the Done button is off a 390 px screen: {box?.X} + {box?.Width}");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
        await BrowserFixture.ScreenshotAsync(page, "home-my-tasks-390");

        await done.ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("Recheck item 00");
        await Expect(myTasks).Not.ToContainTextAsync("Recheck item 00");
        await Expect(rows).ToHaveCountAsync(10);
        var closed = (await specialist.GetAsync($"/api/tasks/{tasks[0]}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("done", closed["status"]!.GetValue<string>());
        Assert.Equal(specialist.UserId.ToString(), closed["completedBy"]!["id"]!.GetValue<string>());

        // The tasks page: 29 open tasks, 25 on the first page, the other 4 on the next; none twice, none lost.
        await page.GotoAsync("/Tasks");
        var listed = new List<string>();
        await Expect(page.GetByTestId("task-row")).ToHaveCountAsync(25);
        listed.AddRange(await page.GetByTestId("task-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.taskId)"));
        await page.GetByTestId("tasks-next").ClickAsync();
        await Expect(page.GetByTestId("task-row")).ToHaveCountAsync(4);
        listed.AddRange(await page.GetByTestId("task-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.taskId)"));
        Assert.Equal(tasks.Skip(1).Order(), listed.Order());
        await Expect(page.GetByTestId("tasks-next")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_task_snoozed_elsewhere_meanwhile_is_not_overwritten_by_a_stale_done()
    {
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Bramble"));
        var task = (await specialist.PostAsync("/api/tasks", new { pet = new { id = pet }, title = "Phone the owner about appetite" })).Expect(HttpStatusCode.Created);

        var page = await browser.LogInAsync(stack.App.GetEndpoint("web"), specialist.UserName, ApiFixtureHelpers.Password);
        var row = page.GetByTestId("my-tasks").GetByTestId("task-row").Filter(new() { HasText = "Phone the owner" });
        await Expect(row).ToBeVisibleAsync();
        // Someone snoozes it from another screen; this page still holds the old version.
        (await specialist.PostAsync($"/api/tasks/{task.Id}/snooze", new { version = task.Version, until = DateTimeOffset.UtcNow.AddDays(1) })).Expect(HttpStatusCode.OK);
        await row.GetByTestId("task-done").ClickAsync();

        await Expect(page.GetByTestId("flash")).ToContainTextAsync("changed this task meanwhile");
        Assert.Equal("snoozed", (await specialist.GetAsync($"/api/tasks/{task.Id}")).Expect(HttpStatusCode.OK).Object["status"]!.GetValue<string>());
    }
}

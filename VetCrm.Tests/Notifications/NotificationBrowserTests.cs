using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Notifications;

[Collection("stack")]
public sealed class NotificationBrowserTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly ApiFixtureHelpers api = new(stack);

    /// <summary>Live changes cross the outbox, Redis and the page: generous on a loaded 2-core machine.</summary>
    private static readonly float LiveTimeout = 30_000;

    [Fact]
    public async Task A_notification_arrives_live_in_the_bell_and_opening_it_marks_it_read()
    {
        using var specialist = await api.NewUserAsync("specialist");
        var page = await browser.LogInAsync(stack.App.GetEndpoint("web"), specialist.UserName, ApiFixtureHelpers.Password);
        await Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = LiveTimeout });
        await Expect(page.GetByTestId("notification-count")).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        using var admin = await api.AdminAsync();
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Clementine"));
        await Expect(page.GetByTestId("notification-count")).ToHaveTextAsync("1", new() { Timeout = LiveTimeout });
        await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Dumpling"));
        await Expect(page.GetByTestId("notification-count")).ToHaveTextAsync("2", new() { Timeout = LiveTimeout });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was not reloaded");
        await BrowserFixture.ScreenshotAsync(page, "notification-bell-live");

        await page.GetByTestId("notification-bell").ClickAsync();
        var row = page.GetByTestId("notification-row").Filter(new() { HasText = "Clementine" });
        await Expect(row).ToContainTextAsync("unread");
        await BrowserFixture.ScreenshotAsync(page, "notifications");
        await row.GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForURLAsync($"**/Pets/{pet}");
        await Expect(page.GetByTestId("notification-count")).ToHaveTextAsync("1");
    }
}

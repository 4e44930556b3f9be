using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Web;

/// <summary>Pages that change while staff look at them: no reload, whoever (or whatever) made the change.</summary>
[Collection("stack")]
public sealed class LiveBrowserTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly ApiFixtureHelpers api = new(stack);

    /// <summary>Live changes cross the worker, the outbox, Redis and the page: generous on a loaded 2-core machine.</summary>
    private static readonly float LiveTimeout = 30_000;

    [Fact]
    public async Task A_new_referral_appears_on_another_coordinators_triage_board_without_a_reload()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var board = await OpenHomeAsync(coordinator);

        // Someone else takes the referral in, elsewhere.
        using var admin = await api.AdminAsync();
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Live arrival"));
        var referral = (await admin.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet, "emergency"))).Expect(System.Net.HttpStatusCode.Created);

        var row = board.GetByTestId("triage-row").Filter(new() { HasText = referral.Object["referralNumber"]!.GetValue<string>() });
        await Expect(row).ToContainTextAsync("Emergency", new() { Timeout = LiveTimeout });
        Assert.True(await board.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was not reloaded");
        await BrowserFixture.ScreenshotAsync(board, "live-triage-board");
    }

    [Fact]
    public async Task A_review_that_becomes_overdue_raises_an_alert_for_the_specialist()
    {
        using var specialist = await api.NewUserAsync("specialist");
        var home = await OpenHomeAsync(specialist);

        using var admin = await api.AdminAsync();
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Overdue recheck"));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2)));

        // The worker flags it; the alert links to the case, and the reviews panel lists it as overdue.
        await Expect(home.GetByTestId("live-alert").First).ToHaveAttributeAsync("href", $"/Pets/{pet}", new() { Timeout = LiveTimeout });
        await Expect(home.GetByTestId("reviews")).ToContainTextAsync("Overdue recheck", new() { Timeout = LiveTimeout });
        Assert.True(await home.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was not reloaded");
        await BrowserFixture.ScreenshotAsync(home, "live-overdue-alert");
    }

    /// <summary>The user's home page with the live channel connected, marked so that a reload would be noticed.</summary>
    private async Task<IPage> OpenHomeAsync(ApiClient user)
    {
        var page = await browser.LogInAsync(stack.App.GetEndpoint("web"), user.UserName, ApiFixtureHelpers.Password);
        await Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = LiveTimeout });
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        return page;
    }
}

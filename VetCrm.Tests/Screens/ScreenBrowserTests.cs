using System.Net;
using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Screens;

/// <summary>The screens a coordinator and a specialist work in all day, in a real browser, with more than a page of data.</summary>
[Collection("stack")]
public sealed class ScreenBrowserTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly float LiveTimeout = 30_000;
    private readonly ApiFixtureHelpers api = new(stack);

    private Uri Web => stack.App.GetEndpoint("web");

    [Fact]
    public async Task With_over_a_hundred_open_referrals_the_board_counts_and_reaches_a_new_urgent_one_and_a_triaged_row_offers_booking_not_triage()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        await ScreenData.FillQueueAsync(coordinator, specialist.UserId, 101);
        var pet = await ScreenData.PetAsync(coordinator, specialist.UserId, "Urgent Ursa", "Uma Owner", "+44 20 7946 0556");
        var urgent = (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet, "urgent"))).Expect(HttpStatusCode.Created).Object;
        var triaged = (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet, "routine"))).Expect(HttpStatusCode.Created);
        (await coordinator.MoveAsync("referrals", triaged.Id, "triaged", "Seen by the duty clinician.")).Expect(HttpStatusCode.OK);
        var counts = (await coordinator.GetAsync("/api/referrals/queue/counts")).Expect(HttpStatusCode.OK).Object;

        var page = await browser.LogInAsync(Web, coordinator.UserName, ApiFixtureHelpers.Password);
        var board = page.GetByTestId("triage-board");
        await Expect(board.GetByTestId("queue-total")).ToHaveTextAsync(counts["total"]!.ToString());
        Assert.True(counts["total"]!.GetValue<int>() > 101);
        foreach (var priority in new[] { "emergency", "urgent", "routine" })
        {
            await Expect(board.GetByTestId($"queue-count-{priority}")).ToHaveTextAsync(counts[priority]!.ToString());
        }

        var urgentRow = await FindBoardRowAsync(page, urgent["referralNumber"]!.GetValue<string>());
        await Expect(urgentRow.GetByTestId("row-priority")).ToHaveTextAsync("Urgent");
        await Expect(urgentRow.GetByRole(AriaRole.Link, new() { Name = "Triage" })).ToBeVisibleAsync();

        await page.GotoAsync("/");
        var triagedRow = await FindBoardRowAsync(page, triaged.Object["referralNumber"]!.GetValue<string>());
        await Expect(triagedRow.GetByTestId("row-status")).ToHaveTextAsync("Triaged");
        await Expect(triagedRow.GetByRole(AriaRole.Link, new() { Name = "Triage", Exact = true })).ToHaveCountAsync(0);
        // A triaged referral's next step is a consult: the row books one for its pet and referral.
        await triagedRow.GetByRole(AriaRole.Link, new() { Name = "Book a consult" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Calendar/Book\\?pet={pet}&referral={triaged.Id}$"));
        await Expect(page.GetByText("Urgent Ursa").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_board_the_pets_list_and_search_results_fit_a_390_px_phone()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        await ScreenData.FillQueueAsync(coordinator, specialist.UserId, 60);
        var longOwner = "Bartholomew-Maximilian Featherstonehaugh-Cholmondeley";
        await ScreenData.PetAsync(coordinator, specialist.UserId, "Pocket", longOwner, "+44 7700 " + ScreenData.NewMobileTail());
        var page = await browser.LogInAsync(Web, coordinator.UserName, ApiFixtureHelpers.Password, width: 390, height: 844);

        var row = page.GetByTestId("triage-row").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Triage", Exact = true }) }).First;
        foreach (var cell in new[] { row.GetByTestId("row-status"), row.GetByTestId("row-waiting"), row.GetByRole(AriaRole.Link, new() { Name = "Triage" }) })
        {
            await Expect(cell).ToBeVisibleAsync();
            var box = await cell.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"a key cell of the board lies outside the 390 px viewport: x={box.X}, width={box.Width}");
        }
        await AssertNoHorizontalOverflowAsync(page, "the home page");
        await BrowserFixture.ScreenshotAsync(page, "board-390");

        await page.GotoAsync("/Pets");
        await Expect(page.GetByTestId("pet-list")).ToBeVisibleAsync();
        await AssertNoHorizontalOverflowAsync(page, "the pets list");

        await page.GotoAsync($"/Search?q={Uri.EscapeDataString(longOwner)}");
        await Expect(page.GetByTestId("search-hit").First).ToContainTextAsync("Pocket");
        await AssertNoHorizontalOverflowAsync(page, "the search results");
    }

    [Fact]
    public async Task A_pet_is_edited_and_reassigned_and_a_stale_edit_is_refused_with_what_changed()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var newSpecialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        using var colleague = await api.AdminAsync();
        var pet = await ScreenData.PetAsync(coordinator, specialist.UserId, "Juniper", "Jamie Original", "+44 7700 " + ScreenData.NewMobileTail());
        var page = await browser.LogInAsync(Web, coordinator.UserName, ApiFixtureHelpers.Password);

        await page.GotoAsync($"/Pets/{pet}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit pet" }).ClickAsync();
        await page.GetByLabel("Owner name").FillAsync("Jamie O'Brien <Owner>");
        await page.GetByLabel("Assigned specialist").SelectOptionAsync(newSpecialist.UserId.ToString());

        // Meanwhile someone else changes the owner's phone.
        var current = (await colleague.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK);
        (await colleague.PatchAsync($"/api/pets/{pet}", new { ownerPhone = "+44 7700 900999", version = current.Version })).Expect(HttpStatusCode.OK);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByTestId("form-errors")).ToContainTextAsync("Someone else saved this pet");
        var conflict = page.GetByTestId("pet-conflict");
        await Expect(conflict).ToContainTextAsync("Owner phone");
        await Expect(conflict).ToContainTextAsync("+44 7700 900999");
        await Expect(page.GetByLabel("Owner name")).ToHaveValueAsync("Jamie O'Brien <Owner>");
        var unchanged = (await colleague.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("Jamie Original", unchanged["ownerName"]!.GetValue<string>());
        await BrowserFixture.ScreenshotAsync(page, "pet-edit-conflict");

        // Saving again is a deliberate choice: the form still holds the user's values, so the phone is set to the colleague's first.
        await page.GetByLabel("Owner phone").FillAsync("+44 7700 900999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("Juniper is saved");
        await Expect(page.GetByTestId("assigned-specialist")).ToHaveTextAsync("Test specialist");
        var saved = (await colleague.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("Jamie O'Brien <Owner>", saved["ownerName"]!.GetValue<string>());
        Assert.Equal("+44 7700 900999", saved["ownerPhone"]!.GetValue<string>());
        Assert.Equal(newSpecialist.UserId.ToString(), saved["assignedSpecialist"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_header_search_finds_a_pet_by_a_phone_number_typed_without_spaces()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        var tail = ScreenData.NewMobileTail();
        var petName = $"Clover {Guid.NewGuid():N}"[..12];
        var pet = await ScreenData.PetAsync(coordinator, specialist.UserId, petName, "Casey Caller", $"+44 7700 {tail}");
        var page = await browser.LogInAsync(Web, coordinator.UserName, ApiFixtureHelpers.Password);

        await page.GetByTestId("header-search").FillAsync($"07700{tail}");
        await page.GetByTestId("header-search").PressAsync("Enter");
        var hit = page.GetByTestId("search-hit").Filter(new() { HasText = petName });
        await Expect(hit).ToContainTextAsync($"+44 7700 {tail}");
        await hit.GetByRole(AriaRole.Link, new() { Name = petName, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Pets/{pet}$"));
        await Expect(page.GetByTestId("pet-name")).ToContainTextAsync(petName);
    }

    [Fact]
    public async Task A_coordinator_records_a_new_referral_for_a_colleagues_returning_patient_found_by_search()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var colleague = await api.NewUserAsync("coordinator");
        using var coordinator = await api.NewUserAsync("coordinator");
        var tail = ScreenData.NewMobileTail();
        var petName = $"Rerun {Guid.NewGuid():N}"[..11];
        var pet = await ScreenData.PetAsync(colleague, specialist.UserId, petName, "Robin Returner", $"+44 7700 {tail}");
        var page = await browser.LogInAsync(Web, coordinator.UserName, ApiFixtureHelpers.Password);

        await page.GetByTestId("header-search").FillAsync($"7700{tail}");
        await page.GetByTestId("header-search").PressAsync("Enter");
        var hit = page.GetByTestId("search-hit").Filter(new() { HasText = petName });
        await Expect(hit).ToContainTextAsync("Not your case");
        await hit.GetByRole(AriaRole.Link, new() { Name = $"New referral for {petName}" }).ClickAsync();
        await Expect(page.Locator(".lead")).ToContainTextAsync(petName);
        await page.GetByLabel("Referring clinic").FillAsync("Harbour Vets");
        await page.GetByLabel("Reason").FillAsync("Returning: recheck echo after six months.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Pets/{pet}#referral-"));
        await Expect(page.GetByTestId("pet-name")).ToContainTextAsync(petName);
        Assert.Equal(1, await api.ScalarAsync<long>("SELECT count(*) FROM pets WHERE owner_phone = @phone", ("phone", $"+44 7700 {tail}")));
    }

    [Fact]
    public async Task The_version_list_names_who_saved_each_version()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var admin = await api.AdminAsync();
        var petName = $"Saffron {Guid.NewGuid():N}"[..13];
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, petName));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var plan = (await specialist.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral))).Expect(HttpStatusCode.Created);
        (await specialist.PatchAsync($"/api/treatment-plans/{plan.Id}", new { clientInstructions = "Short lead walks only.", version = plan.Version })).Expect(HttpStatusCode.OK);
        var page = await browser.LogInAsync(Web, specialist.UserName, ApiFixtureHelpers.Password);

        await page.GotoAsync($"/Pets/{pet}");
        await page.GetByText("Version history (2)").ClickAsync();
        var savers = page.GetByTestId("version-saved-by");
        await Expect(savers).ToHaveTextAsync(["Test specialist", "Test specialist"]);
        await Expect(page.Locator(".versions")).Not.ToContainTextAsync("Pet id");
        await Expect(page.Locator(".versions")).ToContainTextAsync("Client instructions");
    }

    [Fact]
    public async Task A_pet_reassigned_to_a_specialist_moves_from_the_old_to_the_new_specialists_open_my_cases_without_a_reload()
    {
        using var before = await api.NewUserAsync("specialist");
        using var after = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        var petName = $"Moved {Guid.NewGuid():N}"[..11];
        var pet = await ScreenData.PetAsync(coordinator, before.UserId, petName, "Robin Mover", "+44 20 7946 0777");
        (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet))).Expect(HttpStatusCode.Created);

        var home = await browser.LogInAsync(Web, after.UserName, ApiFixtureHelpers.Password);
        await Expect(home.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = LiveTimeout });
        await home.EvaluateAsync("() => { window.__sameDocument = true; }");
        await Expect(home.GetByTestId("my-cases")).Not.ToContainTextAsync(petName);
        var oldHome = await browser.LogInAsync(Web, before.UserName, ApiFixtureHelpers.Password);
        await Expect(oldHome.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = LiveTimeout });
        await oldHome.EvaluateAsync("() => { window.__sameDocument = true; }");
        await Expect(oldHome.GetByTestId("my-cases").GetByRole(AriaRole.Link, new() { Name = petName })).ToBeVisibleAsync();

        var current = (await coordinator.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK);
        (await coordinator.PatchAsync($"/api/pets/{pet}", new { assignedSpecialist = new { id = after.UserId }, version = current.Version })).Expect(HttpStatusCode.OK);

        await Expect(home.GetByTestId("my-cases").GetByRole(AriaRole.Link, new() { Name = petName })).ToBeVisibleAsync(new() { Timeout = LiveTimeout });
        Assert.True(await home.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        // The previous specialist hears of it too, though the case is no longer theirs: the pet leaves their list.
        await Expect(oldHome.GetByTestId("my-cases")).Not.ToContainTextAsync(petName, new() { Timeout = LiveTimeout });
        Assert.True(await oldHome.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the old specialist's page was reloaded");
    }

    /// <summary>Follows the board's "Next page" links until the row of <paramref name="referralNumber"/> is on the page.</summary>
    private static async Task<ILocator> FindBoardRowAsync(IPage page, string referralNumber)
    {
        for (var pages = 0; pages < 50; pages++)
        {
            var row = page.Locator($"[data-testid='triage-row'][data-referral-number='{referralNumber}']");
            await Expect(page.GetByTestId("triage-board")).ToBeVisibleAsync();
            if (await row.CountAsync() == 1) return row;
            var next = page.GetByTestId("board-next-page");
            Assert.True(await next.CountAsync() == 1, $"{referralNumber} is on no page of the board");
            await page.GotoAsync((await next.GetAttributeAsync("href"))!);
        }
        throw new InvalidOperationException($"{referralNumber} not found within 50 pages");
    }

    private static async Task AssertNoHorizontalOverflowAsync(IPage page, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{what} scrolls sideways at 390 px: {widths[0]} > {widths[1]}");
    }
}

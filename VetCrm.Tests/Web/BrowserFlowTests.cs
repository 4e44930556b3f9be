using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Web;

/// <summary>The daily flows of clinic staff in a real browser, as a person clicks through them; screenshots of the main pages.</summary>
[Collection("stack")]
public sealed class BrowserFlowTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_coordinator_takes_in_and_triages_a_referral()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var coordinator = await api.NewUserAsync("coordinator");
        var petName = $"Luna {Guid.NewGuid().ToString("N")[..5]}";
        var page = await LogInAsync(coordinator.UserName, ApiFixtureHelpers.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Pets", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New pet" }).ClickAsync();
        await page.GetByLabel("Pet name").FillAsync(petName);
        await page.GetByLabel("Species").FillAsync("canine");
        await page.GetByLabel("Breed").FillAsync("Boxer");
        await page.GetByLabel("Medical history summary").FillAsync("Syncope twice this week; murmur grade IV/VI.");
        await page.GetByLabel("Owner name").FillAsync("Morgan Owner");
        await page.GetByLabel("Owner phone").FillAsync("+44 20 7946 0100");
        await page.GetByLabel("Primary vet clinic").FillAsync("Hillside Veterinary Clinic");
        await page.GetByLabel("Assigned specialist").SelectOptionAsync(specialist.UserId.ToString());
        await BrowserFixture.ScreenshotAsync(page, "pet-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save pet" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Referral intake" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Referring clinic")).ToHaveValueAsync("Hillside Veterinary Clinic");
        await page.GetByLabel("Reason for referral").FillAsync("Collapse on exercise; please assess for DCM.");
        await page.GetByLabel("Emergency").CheckAsync();
        await BrowserFixture.ScreenshotAsync(page, "referral-intake");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("is recorded");
        var referralNumber = await page.GetByTestId("referral-number").First.InnerTextAsync();
        Assert.StartsWith("REF-", referralNumber);

        await page.GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        var row = page.GetByTestId("triage-row").Filter(new() { HasText = petName });
        await Expect(row).ToContainTextAsync("Emergency");
        await BrowserFixture.ScreenshotAsync(page, "home-triage-board");
        await row.GetByRole(AriaRole.Link, new() { Name = "Triage" }).ClickAsync();
        await page.GetByLabel("Triaged").CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Stable; cardiology consult booked for the morning.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();

        await Expect(page.GetByTestId("referral-status").First).ToHaveTextAsync("Triaged");
        await Expect(page.GetByTestId("assigned-specialist")).ToHaveTextAsync("Test specialist");
        await BrowserFixture.ScreenshotAsync(page, "case-page");
    }

    [Fact]
    public async Task A_specialist_writes_a_plan_revises_it_and_compares_the_versions()
    {
        using var specialist = await api.NewUserAsync("specialist");
        var petName = $"Bruno {Guid.NewGuid().ToString("N")[..5]}";
        using (var admin = await api.AdminAsync())
        {
            var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, petName));
            await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        }
        var page = await LogInAsync(specialist.UserName, ApiFixtureHelpers.Password);

        await page.GetByTestId("my-cases").GetByRole(AriaRole.Link, new() { Name = petName }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New plan" }).ClickAsync();
        await page.GetByLabel("Plan title").FillAsync("TPLO, left stifle");
        await page.GetByLabel("Plan status").SelectOptionAsync("active");
        await page.GetByLabel("Next review").FillAsync(DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Diagnosis notes").FillAsync("Complete cranial cruciate ligament rupture, left stifle; medial meniscal tear.");
        await page.GetByLabel("Medication notes").FillAsync("Meloxicam 0.1 mg/kg PO q24h for 10 days; gabapentin 10 mg/kg q8h.");
        await page.GetByLabel("Client instructions").FillAsync("Strict rest; lead walks of 5 minutes three times a day.");
        await BrowserFixture.ScreenshotAsync(page, "plan-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();

        var plan = page.GetByTestId("plan").Filter(new() { HasText = "TPLO, left stifle" });
        await Expect(plan).ToContainTextAsync("Meloxicam");
        await plan.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Client instructions").FillAsync("Lead walks of 10 minutes twice a day; recheck radiographs at 6 weeks.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("revision 2");

        await plan.GetByText("Version history").ClickAsync();
        await plan.GetByRole(AriaRole.Button, new() { Name = "Compare versions" }).ClickAsync();
        var diff = page.GetByTestId("version-diff");
        await Expect(diff).ToContainTextAsync("Strict rest; lead walks of 5 minutes");
        await Expect(diff).ToContainTextAsync("recheck radiographs at 6 weeks");
        await BrowserFixture.ScreenshotAsync(page, "plan-compare");

        await page.GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await Expect(page.GetByTestId("reviews")).ToContainTextAsync("TPLO, left stifle");
        await BrowserFixture.ScreenshotAsync(page, "home-specialist");
    }

    [Fact]
    public async Task Client_care_finds_the_owner_and_logs_a_call()
    {
        using var specialist = await api.NewUserAsync("specialist");
        using var clientCare = await api.NewUserAsync("clientCare");
        var petName = $"Nala {Guid.NewGuid().ToString("N")[..5]}";
        using (var admin = await api.AdminAsync())
        {
            var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, petName));
            var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
            await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral));
        }
        var page = await LogInAsync(clientCare.UserName, ApiFixtureHelpers.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Pets", Exact = true }).ClickAsync();
        await page.GetByLabel("Search pets").FillAsync(petName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "pets-search");
        await page.GetByRole(AriaRole.Link, new() { Name = petName }).ClickAsync();
        await Expect(page.GetByTestId("owner-phone")).ToHaveTextAsync("+1 555 0134");
        await Expect(page.GetByTestId("plans")).Not.ToContainTextAsync("Pimobendan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Log interaction" }).ClickAsync();
        await page.GetByLabel("Call").CheckAsync();
        await page.GetByLabel("Summary").FillAsync("Called owner: eating well, wound clean. Asked about bathing; advised to wait until suture removal.");
        await page.GetByLabel("Follow-up needed").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var entry = page.GetByTestId("timeline-item").First;
        await Expect(entry).ToContainTextAsync("Called owner: eating well");
        await Expect(entry).ToContainTextAsync("Follow-up needed");
        await BrowserFixture.ScreenshotAsync(page, "case-timeline-client-care");
    }

    [Fact]
    public async Task The_admin_pages_render_and_a_tablet_can_log_out()
    {
        var page = await LogInAsync("admin", stack.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Expect(page.GetByTestId("user-list")).ToContainTextAsync("admin");
        await BrowserFixture.ScreenshotAsync(page, "admin-users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(page.GetByTestId("audit-list")).ToContainTextAsync("logged in");
        await BrowserFixture.ScreenshotAsync(page, "admin-audit");

        // Tablet portrait: the same pages stay usable, tables fold into stacked rows.
        var tablet = await LogInAsync("admin", stack.AdminPassword, 820, 1180);
        await Expect(tablet.GetByTestId("triage-board")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(tablet, "home-tablet", fullPage: false);
        await tablet.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(tablet.GetByTestId("flash")).ToHaveTextAsync("You are logged out.");
    }

    /// <summary>A new browser context (own cookies) logged in through the login form.</summary>
    private Task<IPage> LogInAsync(string username, string password, int width = 1366, int height = 900) =>
        browser.LogInAsync(stack.App.GetEndpoint("web"), username, password, width, height);
}

using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Appointments;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Messaging;
using VetCrm.Tests.Scores;
using VetCrm.Tests.Screens;
using Xunit.Abstractions;

namespace VetCrm.Tests.Web;

/// <summary>
/// WCAG 2.1 A and AA, checked by axe-core in Chromium on every page a user of a role reaches from the home page and a
/// case's pages (lists with more than one page of rows), at laptop and at phone width; and what axe cannot judge: each
/// kind of page has a title of its own, Tab from the top of a page reaches the skip link and through it the page's
/// content, and a refused form ties each message to its field.
/// </summary>
[Collection("stack")]
public sealed partial class AccessibilityTests(StackFixture stack, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const int MaxPages = 60;
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 900 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>The WCAG 2.1 A/AA rules, and axe's best practices (landmarks, heading order, one h1) as they cost nothing more.</summary>
    private static readonly AxeRunOptions Axe = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly ConcurrentDictionary<StackFixture, Task<AccessibleCase>> Cases = new();

    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task The_signed_out_pages_pass_axe_and_a_refused_sign_up_ties_each_message_to_its_field()
    {
        var context = await browser.NewContextAsync(WebBase);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var report = new PageReport();
        foreach (var url in new[] { "/", "/Account/Login", "/Account/Signup" }) await report.CheckAsync(page, url);

        // Sent empty: every field the API requires says so, and the page with its messages passes axe too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-validation-error").First).ToBeVisibleAsync();
        await report.CheckAsync(page, "/Account/Signup (refused)", navigate: false);
        await report.CheckFieldErrorsAsync(page, "/Account/Signup (refused)", atLeast: 2);

        report.Assert(output, "signed out", pagesAtLeast: 4);
    }

    [Fact]
    public async Task Every_page_the_admin_reaches_passes_axe_with_a_title_of_its_own_and_a_skip_link_to_its_content()
    {
        var report = await CheckEveryPageAsync("admin", stack.AdminPassword, Laptop, everyView: true);
        report.Assert(output, "admin, laptop", pagesAtLeast: 25);
    }

    [Fact]
    public async Task Every_page_a_specialist_reaches_passes_axe_and_a_refused_form_ties_each_message_to_its_field()
    {
        var @case = await CaseAsync();
        var report = await CheckEveryPageAsync(@case.Specialist.UserName, ApiFixtureHelpers.Password, Laptop, everyView: false, async page =>
        {
            // An interaction sent without its summary: refused by the API, each message next to its field.
            await page.GotoAsync($"/Interactions/New?pet={@case.PetId}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".field-validation-error").First).ToBeVisibleAsync();
            return "/Interactions/New (refused)";
        });
        report.Assert(output, "specialist, laptop", pagesAtLeast: 20);
    }

    [Fact]
    public async Task Every_page_client_care_reaches_passes_axe_on_a_phone()
    {
        var @case = await CaseAsync();
        var report = await CheckEveryPageAsync(@case.ClientCare.UserName, ApiFixtureHelpers.Password, Phone, everyView: false);
        report.Assert(output, "client care, phone", pagesAtLeast: 12);
    }

    private Uri WebBase => stack.App.GetEndpoint("web");

    /// <summary>
    /// Crawls what the user reaches from the home page and the case's pages, then opens each kind of page in the browser and
    /// checks it: every view of a page (its query names) where <paramref name="everyView"/>, else each path once, as the
    /// admin's run has seen the other views of the same templates. <paramref name="refuse"/> leaves the browser on a refused
    /// form to check as well.
    /// </summary>
    private async Task<PageReport> CheckEveryPageAsync(string username, string password, ViewportSize viewport, bool everyView, Func<IPage, Task<string>>? refuse = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var @case = await CaseAsync();
        using var web = await WebSession.LoggedInAsync(stack, username, password);
        var site = await WebCrawl.CrawlAsync(web,
            ["/", $"/Pets/{@case.PetId}", $"/Search?q={Uri.EscapeDataString(@case.PetName)}", $"/TreatmentPlans/Compare/{@case.PlanId}?from=1&to=2", $"/Messages/{@case.ThreadId}"],
            MaxPages, visitsPerKind: 1);
        var page = await browser.LogInAsync(WebBase, username, password, viewport.Width, viewport.Height);
        await using var _ = page.Context;
        var report = new PageReport();
        report.Problems.AddRange(site.Failures);
        // Only pages a browser shows (a file download is no page).
        var urls = site.Pages.Where(p => p.Value.TrimStart().StartsWith("<!DOCTYPE html>", StringComparison.OrdinalIgnoreCase)).Select(p => p.Key);
        foreach (var url in everyView ? urls : urls.DistinctBy(url => WebCrawl.WithoutIds(url.Split('?')[0])))
        {
            await report.CheckAsync(page, url);
        }
        if (refuse is not null)
        {
            var refused = await refuse(page);
            await report.CheckAsync(page, refused, navigate: false);
            await report.CheckFieldErrorsAsync(page, refused, atLeast: 1);
        }
        output.WriteLine($"{username}: {site.Visited.Count} addresses crawled, {report.Pages.Count} pages checked in {clock.Elapsed.TotalSeconds:0.0} s");
        return report;
    }

    private Task<AccessibleCase> CaseAsync() => Cases.GetOrAdd(stack, _ => AccessibleCase.CreateAsync(api));

    /// <summary>
    /// A specialist's case with something in every panel (a referral, a plan in two versions, a follow-up call, scores, a
    /// message thread, an appointment), client care on its thread, and more than a page (25 rows) of pets, of the
    /// specialist's tasks and of the triage queue.
    /// </summary>
    private sealed record AccessibleCase(ApiClient Specialist, ApiClient ClientCare, string PetId, string PetName, string PlanId, string ThreadId)
    {
        private const int MoreThanAPage = 26;

        public static async Task<AccessibleCase> CreateAsync(ApiFixtureHelpers api)
        {
            using var admin = await api.AdminAsync();
            var specialist = await api.NewUserAsync("specialist");
            var clientCare = await api.NewUserAsync("clientCare");
            var petName = $"Access {Guid.NewGuid():N}"[..13];
            var pets = await Task.WhenAll(Enumerable.Range(1, MoreThanAPage)
                .Select(i => ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"{petName} {i:00}"))));
            var pet = pets[0];
            var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
            await ScreenData.FillQueueAsync(admin, specialist.UserId, MoreThanAPage + 4);
            (await admin.MoveAsync("referrals", referral, "triaged", "Stable; book a consult.")).Expect(HttpStatusCode.OK);

            var plan = (await specialist.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral))).Expect(HttpStatusCode.Created);
            (await specialist.PatchAsync($"/api/treatment-plans/{plan.Id}", new { version = plan.Version, diagnosisNotes = "Echo: LA:Ao 2.1, worse." })).Expect(HttpStatusCode.OK);
            (await clientCare.PostAsync("/api/interactions", new
            {
                pet = new { id = pet }, interactionType = "call", summary = "Owner reports coughing at night.", followUpNeeded = true,
            })).Expect(HttpStatusCode.Created);
            await Task.WhenAll(Enumerable.Range(1, MoreThanAPage).Select(async i => (await specialist.PostAsync("/api/tasks", new
            {
                pet = new { id = pet }, title = $"Recheck call {i}", assignee = new { id = specialist.UserId }, dueAt = DateTimeOffset.UtcNow.AddDays(i),
            })).Expect(HttpStatusCode.Created)));
            foreach (var (value, daysAgo) in new[] { (4, 3), (2, 1) })
            {
                (await specialist.PostAsync("/api/scores", new { pet = new { id = pet }, scoreType = new { id = ScoreTypeIds.CmpsSf }, value, scoreDate = DateTimeOffset.UtcNow.AddDays(-daysAgo) }))
                    .Expect(HttpStatusCode.Created);
            }
            var thread = (await Threads.StartAsync(specialist, pet, [clientCare], referralId: referral)).Expect(HttpStatusCode.Created);
            var rooms = await AppointmentCase.RoomsAsync(admin);
            var start = BookingSlots.Next();
            (await admin.PostAsync("/api/appointments", new
            {
                pet = new { id = pet }, referral = new { id = referral }, specialist = new { id = specialist.UserId }, room = new { id = rooms["Consult room 1"] },
                startAt = start, endAt = start.AddMinutes(30), reason = "Cardiology consult and echocardiogram.",
            })).Expect(HttpStatusCode.Created);
            return new AccessibleCase(specialist, clientCare, pet, $"{petName} 01", plan.Id, thread.Id);
        }
    }

    /// <summary>A finding of axe: the page, the rule, its impact and the elements that break it.</summary>
    private sealed record AxeFinding(string Page, string Rule, string Impact, IReadOnlyList<string> Targets)
    {
        public override string ToString() => $"{Page}: {Rule} ({Impact}) at {string.Join(" | ", Targets.Take(5))}{(Targets.Count > 5 ? $" and {Targets.Count - 5} more" : "")}";
    }

    /// <summary>What the checks of one browser session found, page by page.</summary>
    private sealed partial class PageReport
    {
        private readonly Dictionary<string, string> kindsByTitle = [];

        public List<string> Pages { get; } = [];
        public List<AxeFinding> Findings { get; } = [];
        public List<string> Problems { get; } = [];

        /// <summary>Opens the page (unless the browser is on it already) and checks it: axe, its title, and the keyboard from its top.</summary>
        public async Task CheckAsync(IPage page, string url, bool navigate = true)
        {
            if (navigate)
            {
                var response = await page.GotoAsync(url);
                if (response is not { Status: 200 })
                {
                    Problems.Add($"{url}: the browser got {response?.Status}");
                    return;
                }
            }
            Pages.Add(url);
            // axe.run in the page itself: the pages have no frames, and RunAxe finishes every run in a blank page of its own.
            // On the whole document, so that the page-level rules (title, landmarks, skip link) run too.
#pragma warning disable CS0618 // legacy mode: still served by 4.14; the frame-by-frame run is the slow one
            var result = await page.Locator("html").RunAxeLegacy(Axe);
#pragma warning restore CS0618
            if (!result.Passes.Concat(result.Violations).Any(rule => rule.Id == "landmark-one-main")) Problems.Add($"{url}: axe did not run its page-level rules");
            Findings.AddRange(result.Violations.Select(v => new AxeFinding(url, v.Id, v.Impact ?? "unknown", v.Nodes.Select(n => n.Target.ToString()).ToList())));
            await CheckTitleAsync(page, url);
            if (navigate) await CheckKeyboardAsync(page, url);
        }

        /// <summary>Every input marked invalid names the message that says why (aria-describedby), and there are at least <paramref name="atLeast"/>.</summary>
        public async Task CheckFieldErrorsAsync(IPage page, string url, int atLeast)
        {
            var fields = await page.EvaluateAsync<FieldError[]>("""
                () => [...document.querySelectorAll('.field-validation-error')].filter(m => m.textContent.trim()).map(m => {
                    const input = document.getElementById(m.dataset.valmsgFor.replaceAll('.', '_'));
                    const described = (input?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
                    return { name: m.dataset.valmsgFor, invalid: input?.getAttribute('aria-invalid') === 'true', describedByMessage: described.some(id => document.getElementById(id)?.contains(m) || m.id === id) };
                })
                """);
            if (fields.Length < atLeast) Problems.Add($"{url}: {fields.Length} field messages shown, expected at least {atLeast}");
            Problems.AddRange(fields.Where(f => !f.Invalid || !f.DescribedByMessage)
                .Select(f => $"{url}: {f.Name} shows a message that its input does not {(f.Invalid ? "" : "mark as invalid (aria-invalid) nor ")}name (aria-describedby)"));
        }

        /// <summary>A title that says what the page is (more than the site's name), and no other kind of page with the same one.</summary>
        private async Task CheckTitleAsync(IPage page, string url)
        {
            var title = await page.TitleAsync();
            var kind = WebCrawl.WithoutIds(url.Split('?')[0].Split(' ')[0]);
            if (!DescriptiveTitle().IsMatch(title)) Problems.Add($"{url}: the title “{title}” does not say what the page is");
            else if (kindsByTitle.TryGetValue(title, out var other) && other != kind) Problems.Add($"{url}: the title “{title}” is also the title of {other}");
            else kindsByTitle[title] = kind;
        }

        /// <summary>
        /// From the top of the page (unless the page put the caret in its form itself), the first Tab reaches the skip link,
        /// shown on screen, and following it moves the focus into the main content, past the navigation.
        /// </summary>
        private async Task CheckKeyboardAsync(IPage page, string url)
        {
            if (await FocusAsync(page) == "main") return; // autofocus
            await page.Keyboard.PressAsync("Tab");
            if (await FocusAsync(page) != "skip")
            {
                Problems.Add($"{url}: the first Tab focuses {await FocusAsync(page)}, not a visible skip link to the content");
                return;
            }
            await page.Keyboard.PressAsync("Enter");
            var skipped = await FocusAsync(page);
            if (skipped != "main") Problems.Add($"{url}: following the skip link leaves the focus on {skipped}, not in the main content");
        }

        /// <summary>Where the focus is: "main", "skip" (the skip link, on screen), or the focused element's markup.</summary>
        private static Task<string> FocusAsync(IPage page) => page.EvaluateAsync<string>("""
            () => {
                const focused = document.activeElement;
                if (!focused || focused === document.body) return 'the page itself';
                if (document.querySelector('main')?.contains(focused)) return 'main';
                const box = focused.getBoundingClientRect();
                const onScreen = box.width > 1 && box.height > 1 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
                if (focused.matches('a[href="#main"]') && onScreen) return 'skip';
                return focused.outerHTML.slice(0, 120);
            }
            """);

        /// <summary>Fails with every finding listed (page, rule, impact, elements); writes the counts by rule to the test output either way.</summary>
        public void Assert(ITestOutputHelper output, string who, int pagesAtLeast)
        {
            var byRule = Findings.GroupBy(f => (f.Rule, f.Impact)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal)
                .Select(g => $"{g.Key.Rule} ({g.Key.Impact}): {g.Sum(f => f.Targets.Count)} elements on {g.Count()} pages").ToList();
            output.WriteLine($"{who}: {Pages.Count} pages checked, {Findings.Count} axe violations ({Findings.Sum(f => f.Targets.Count)} elements), {Problems.Count} other problems");
            foreach (var line in byRule) output.WriteLine("  " + line);
            foreach (var url in Pages) output.WriteLine("  checked " + url);
            Xunit.Assert.True(Pages.Count >= pagesAtLeast, $"{who}: only {Pages.Count} pages checked: {string.Join(", ", Pages)}");
            Xunit.Assert.True(Findings.Count == 0 && Problems.Count == 0,
                $"{who}: {Findings.Count} axe violations on {Findings.Select(f => f.Page).Distinct().Count()} of {Pages.Count} pages ({string.Join("; ", byRule)}), {Problems.Count} other problems:\n"
                + string.Join("\n", Findings.Select(f => f.ToString()).Concat(Problems)));
        }

        [GeneratedRegex(@"^\S.* · VetCrm$")]
        private static partial Regex DescriptiveTitle();
    }

    /// <summary>A field message on the page, and whether its input is marked invalid and names it (Playwright fills these in).</summary>
    private sealed record FieldError
    {
        public string Name { get; init; } = "";
        public bool Invalid { get; init; }
        public bool DescribedByMessage { get; init; }
    }
}

using Microsoft.Playwright;

namespace VetCrm.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright, headless. The browser comes from the machine (scripts/install-prerequisites.sh
/// --browser); tests never download one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots of the main pages go: under bin/, so git ignores them; a person can open them after a run.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/install-prerequisites.sh --browser (never a Playwright browser download).");
        }
        Directory.CreateDirectory(ScreenshotDirectory);
        // Several stacks start in parallel on a 2-core CI machine: give pages more than Playwright's default 5 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) at laptop size, addressing the web app.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri webBase, int width = 1366, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = webBase.ToString().TrimEnd('/'), ViewportSize = new ViewportSize { Width = width, Height = height } });

    /// <summary>A new context (its own session) logged in through the login form, on the home page.</summary>
    public async Task<IPage> LogInAsync(Uri webBase, string username, string password, int width = 1366, int height = 900)
    {
        var context = await NewContextAsync(webBase, width, height);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("User name or e-mail").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}

using System.Net;
using System.Text.RegularExpressions;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using Xunit.Abstractions;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// Crawls the web app as a signed-in user would click through it, from the home page along every link and GET form,
/// then sends every page it found back with each of its query parameters set to hostile values. Asserts that nothing
/// answers 5xx and that no hostile value comes back as markup. Deterministic and bounded in requests.
/// </summary>
[Collection("stack")]
public sealed partial class WebFuzzTests(StackFixture stack, ITestOutputHelper output)
{
    private const int MaxPages = 120;
    private const string Script = "<script>alert(1)</script>";

    /// <summary>Hostile query values, as a client would send them (percent-encoded where they have to be).</summary>
    private static readonly string[] HostileQuery =
    [
        Uri.EscapeDataString(Script), Uri.EscapeDataString("\"><img src=x onerror=alert(1)>"), "a%00b", "%ED%A0%80", "%FF", "-1", "0", "99999999999999999999",
        "0001-01-01T00:00:00Z", "0001-01-01", "9999-12-31", "garbage", "", "00000000-0000-0000-0000-000000000000", Uri.EscapeDataString("' OR 1=1; --"),
        Uri.EscapeDataString(new string('x', 3000)),
    ];

    [Fact]
    public async Task Every_page_reached_by_its_links_and_forms_answers_no_5xx_with_hostile_query_values_and_never_echoes_them_as_markup()
    {
        var api = new ApiFixtureHelpers(stack);
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        var petId = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"Fuzzy {Script}"));
        var referralId = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(petId));
        await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(petId, referralId));
        using var web = await WebSession.AdminAsync(stack);

        // What a user can reach: pages by path, with the query parameter names their links and GET forms use.
        var parameters = new Dictionary<string, HashSet<string>>();
        var queue = new Queue<string>(["/", "/Pets", $"/Pets/{petId}", "/Tasks", "/Calendar", "/Search", "/Admin/Audit", "/Equipment", "/Messages"]);
        var visited = new HashSet<string>();
        var failures = new List<string>();
        while (queue.Count > 0 && visited.Count < MaxPages)
        {
            var url = queue.Dequeue();
            if (!visited.Add(url)) continue;
            var page = await web.GetAsync(url);
            if ((int)page.StatusCode >= 500) failures.Add($"{(int)page.StatusCode} GET {url}");
            var path = url.Split('?')[0];
            parameters.TryAdd(path, []);
            foreach (var name in QueryNames(url)) parameters[path].Add(name);
            if (page.StatusCode != HttpStatusCode.OK) continue;
            foreach (Match link in Link().Matches(page.Body))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (!href.StartsWith("/css/", StringComparison.Ordinal) && !href.StartsWith("/js/", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal)
                    && !href.StartsWith("/Account/Logout", StringComparison.Ordinal) && !visited.Contains(href)) queue.Enqueue(href);
            }
            foreach (Match form in Form().Matches(page.Body))
            {
                if (!form.Groups[1].Value.Contains("method=\"get\"", StringComparison.OrdinalIgnoreCase)) continue;
                var action = FormAction().Match(form.Groups[1].Value) is { Success: true } target ? WebUtility.HtmlDecode(target.Groups[1].Value).Split('?')[0] : path;
                if (action.Length == 0) action = path;
                parameters.TryAdd(action, []);
                foreach (Match input in InputName().Matches(form.Groups[2].Value)) parameters[action].Add(WebUtility.HtmlDecode(input.Groups[1].Value));
            }
        }
        Assert.True(visited.Count >= 20, $"The crawl reached only {visited.Count} pages: {string.Join(", ", visited)}");

        var probes = 0;
        var statuses = new Dictionary<int, int>();
        foreach (var (path, names) in parameters)
        {
            foreach (var name in names)
            {
                foreach (var value in HostileQuery)
                {
                    var response = await web.GetAsync($"{path}?{Uri.EscapeDataString(name)}={value}");
                    probes++;
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} GET {path}?{name}={value}");
                    if (response.Body.Contains(Script, StringComparison.OrdinalIgnoreCase) || response.Body.Contains("<img src=x", StringComparison.OrdinalIgnoreCase))
                        failures.Add($"markup echoed by GET {path}?{name}={value}");
                }
            }
        }
        output.WriteLine($"{visited.Count} pages crawled, {parameters.Sum(p => p.Value.Count)} query parameters on {parameters.Count} paths, {probes} hostile requests: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(probes >= 100, $"Only {probes} hostile requests: the crawl found too few query parameters ({string.Join("; ", parameters.Select(p => $"{p.Key}: {string.Join(",", p.Value)}"))}).");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    private static IEnumerable<string> QueryNames(string url) =>
        url.Contains('?') ? url[(url.IndexOf('?') + 1)..].Split('&').Select(pair => Uri.UnescapeDataString(pair.Split('=')[0])).Where(name => name.Length > 0) : [];

    [GeneratedRegex("href=\"(/[^\"#]*)")]
    private static partial Regex Link();

    [GeneratedRegex("<form([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("action=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormAction();

    [GeneratedRegex("<(?:input|select)[^>]*name=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex InputName();
}

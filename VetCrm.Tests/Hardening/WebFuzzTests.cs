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
    private const int MaxPages = 100;
    private const string Script = "<script>alert(1)</script>";

    /// <summary>Hostile query values, as a client would send them (percent-encoded where they have to be).</summary>
    private static readonly string[] HostileQuery =
    [
        Uri.EscapeDataString(Script), Uri.EscapeDataString("\"><img src=x onerror=alert(1)>"), "a%00b", "%ED%A0%80", "%FF", "-1", "0", "99999999999999999999",
        "0001-01-01T00:00:00Z", "0001-01-01", "9999-12-31", "garbage", "", "00000000-0000-0000-0000-000000000000", Uri.EscapeDataString("' OR 1=1; --"),
        Uri.EscapeDataString(new string('x', 3000)),
    ];

    /// <summary>Hostile form field values (the form encoding escapes them).</summary>
    private static readonly string[] HostileForm = [Script, "", "a\u0000b", "9999-12-31", "0001-01-01", "-1", new string('x', 5000)];

    [Fact]
    public async Task Every_page_reached_by_its_links_and_forms_answers_no_5xx_with_hostile_query_values_and_never_echoes_them_as_markup()
    {
        var (web, petId) = await SignedInWithCaseAsync();
        using var session = web;
        var (pages, failures) = await CrawlAsync(web, petId);

        // The query parameter names of every path, as its links and GET forms use them.
        var parameters = new Dictionary<string, HashSet<string>>();
        foreach (var (url, body) in pages)
        {
            var path = url.Split('?')[0];
            parameters.TryAdd(path, []);
            parameters[path].UnionWith(WebCrawl.QueryNames(url));
            foreach (var form in Forms(body, path).Where(f => f.Method == "get"))
            {
                parameters.TryAdd(form.Action, []);
                parameters[form.Action].UnionWith(form.Fields.Keys);
            }
        }

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
                    if (EchoesMarkup(response.Body)) failures.Add($"markup echoed by GET {path}?{name}={value}");
                }
            }
        }
        output.WriteLine($"{pages.Count} pages crawled, {parameters.Sum(p => p.Value.Count)} query parameters on {parameters.Count} paths, {probes} hostile requests: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(probes >= 100, $"Only {probes} hostile requests: the crawl found too few query parameters ({string.Join("; ", parameters.Select(p => $"{p.Key}: {string.Join(",", p.Value)}"))}).");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task Every_form_reached_by_the_crawl_answers_no_5xx_when_each_field_is_posted_hostile_and_never_echoes_it_as_markup()
    {
        // As the specialist of the fuzzer's own case, whose forms change nothing other tests read.
        var (web, petId) = await SignedInWithCaseAsync(asItsSpecialist: true);
        using var session = web;
        var (pages, failures) = await CrawlAsync(web, petId);

        // One of each kind of form, with the page it is on. Left out: signing out, the row actions of lists other tests'
        // records are on too (tasks, loans, the calendar's check-in), and the forms that take shared stock (a room's
        // time, an equipment item), all of which a hostile value that happens to be valid would carry out.
        string[] shared = ["/Account/", "/Calendar/Book", "/Equipment/Lend"];
        var forms = pages
            .SelectMany(page => Forms(page.Value, page.Key.Split('?')[0]).Where(f => f.Method == "post").Select(form => (Page: page.Key, Form: form)))
            .Where(f => !shared.Any(prefix => f.Form.Action.StartsWith(prefix, StringComparison.Ordinal))
                && (!f.Form.Action.Contains("handler=", StringComparison.Ordinal) || f.Form.Action.Contains("handler=ReadAll", StringComparison.Ordinal)))
            .DistinctBy(f => f.Form.Key)
            .ToList();
        Assert.True(forms.Count >= 6, $"The crawl found only {forms.Count} forms: {string.Join(", ", forms.Select(f => f.Form.Key))}");

        var probes = 0;
        var statuses = new Dictionary<int, int>();
        foreach (var (page, shape) in forms)
        {
            foreach (var field in shape.Fields.Keys.Where(name => name != "__RequestVerificationToken"))
            {
                foreach (var value in HostileForm)
                {
                    // The form as the page shows it now (current versions and token), with one field hostile.
                    var current = Forms((await web.GetAsync(page)).Body, page.Split('?')[0]).FirstOrDefault(f => f.Key == shape.Key);
                    if (current is null) continue;
                    var fields = new Dictionary<string, string>(current.Fields) { [field] = value };
                    var response = await web.PostFormAsync(current.Action, fields);
                    probes++;
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} POST {current.Action} (on {page}) with {field}={Shorten(value)}");
                    if (EchoesMarkup(response.Body)) failures.Add($"markup echoed by POST {current.Action} with {field}={Shorten(value)}");
                }
            }
        }
        output.WriteLine($"{forms.Count} forms, {probes} hostile posts: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))
            + "\n" + string.Join("\n", forms.Select(f => f.Form.Key)));
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(40)));
    }

    /// <summary>A web session (the admin's, or the case specialist's) with a case (a pet named with markup, its referral, plan and a log) to show.</summary>
    private async Task<(WebSession Web, string PetId)> SignedInWithCaseAsync(bool asItsSpecialist = false)
    {
        var api = new ApiFixtureHelpers(stack);
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        var petId = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"Fuzzy {Script}"));
        var referralId = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(petId));
        await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(petId, referralId));
        await ApiFixtureHelpers.CreateAsync(admin, "interactions", ApiFixtureHelpers.InteractionBody(petId));
        return (asItsSpecialist ? await WebSession.LoggedInAsync(stack, specialist) : await WebSession.AdminAsync(stack), petId);
    }

    /// <summary>What a user can reach from the main pages and the case's along links (each kind of page twice at most): each page's body, and the pages that answered 5xx.</summary>
    private static async Task<(Dictionary<string, string> Pages, List<string> Failures)> CrawlAsync(WebSession web, string petId)
    {
        var (pages, failures, visited) = await WebCrawl.CrawlAsync(web,
            ["/", "/Pets", $"/Pets/{petId}", "/Tasks", "/Calendar", "/Search", "/Admin/Audit", "/Equipment", "/Messages", "/Notifications", "/Scores/Types"], MaxPages, visitsPerKind: 2);
        Assert.True(visited.Count >= 20, $"The crawl reached only {visited.Count} pages: {string.Join(", ", visited)}");
        return (pages, failures);
    }

    private sealed record HtmlForm(string Method, string Action, Dictionary<string, string> Fields)
    {
        /// <summary>The kind of form: method, action (ids aside) and field names.</summary>
        public string Key => $"{Method} {WebCrawl.WithoutIds(Action)} {string.Join(",", Fields.Keys.Order(StringComparer.Ordinal))}";
    }

    /// <summary>The forms of a page with the values a browser would send: inputs, the selected (or first) option, text areas, checked boxes.</summary>
    private static IEnumerable<HtmlForm> Forms(string body, string path)
    {
        foreach (Match form in Form().Matches(body))
        {
            var tag = form.Groups[1].Value;
            var method = Attribute(tag, "method")?.ToLowerInvariant() ?? "get";
            var action = Attribute(tag, "action") is { Length: > 0 } target ? target : path;
            var fields = new Dictionary<string, string>();
            foreach (Match input in Input().Matches(form.Groups[2].Value))
            {
                if (Attribute(input.Value, "name") is not { } name) continue;
                var type = Attribute(input.Value, "type")?.ToLowerInvariant();
                if (type is "checkbox" or "radio" && !input.Value.Contains(" checked", StringComparison.Ordinal)) continue;
                if (type is "submit" or "button" or "file") continue;
                fields[name] = Attribute(input.Value, "value") ?? (type is "checkbox" ? "on" : "");
            }
            foreach (Match select in Select().Matches(form.Groups[2].Value))
            {
                if (Attribute(select.Groups[1].Value, "name") is not { } name) continue;
                var options = Option().Matches(select.Groups[2].Value);
                var chosen = options.FirstOrDefault(o => o.Groups[1].Value.Contains("selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
                fields[name] = chosen is null ? "" : Attribute(chosen.Groups[1].Value, "value") ?? WebUtility.HtmlDecode(chosen.Groups[2].Value);
            }
            foreach (Match area in TextArea().Matches(form.Groups[2].Value))
            {
                if (Attribute(area.Groups[1].Value, "name") is { } name) fields[name] = WebUtility.HtmlDecode(area.Groups[2].Value);
            }
            yield return new HtmlForm(method, action, fields);
        }
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    private static bool EchoesMarkup(string body) =>
        body.Contains(Script, StringComparison.OrdinalIgnoreCase) || body.Contains("<img src=x", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("<form([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();

    [GeneratedRegex("<select([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Select();

    [GeneratedRegex("<option([^>]*)>(.*?)</option>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Option();

    [GeneratedRegex("<textarea([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextArea();
}

using System.Net;
using System.Text.RegularExpressions;

namespace VetCrm.Tests.Web;

/// <summary>What a signed-in user reaches from some start pages along links: each page that answered 200 with its body, the pages that answered 5xx, and every address visited.</summary>
public sealed record CrawledSite(Dictionary<string, string> Pages, List<string> Failures, IReadOnlyCollection<string> Visited);

/// <summary>
/// Follows the links of the web app as a user clicks through it, over plain HTTP. Pages of one kind (the same path and
/// query names, ids aside) are visited a bounded number of times, so that the crawl spreads over every kind of page
/// rather than every pet.
/// </summary>
public static partial class WebCrawl
{
    public static async Task<CrawledSite> CrawlAsync(WebSession web, IEnumerable<string> startPages, int maxPages, int visitsPerKind)
    {
        var pages = new Dictionary<string, string>();
        var failures = new List<string>();
        var queue = new Queue<string>(startPages);
        var visited = new HashSet<string>();
        var kinds = new Dictionary<string, int>();
        while (queue.Count > 0 && visited.Count < maxPages)
        {
            var url = queue.Dequeue();
            var kind = Kind(url);
            if (visited.Contains(url) || kinds.GetValueOrDefault(kind) >= visitsPerKind) continue;
            visited.Add(url);
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            var page = await web.GetAsync(url);
            if ((int)page.StatusCode >= 500) failures.Add($"{(int)page.StatusCode} GET {url}");
            if (page.StatusCode != HttpStatusCode.OK) continue;
            pages[url] = page.Body;
            foreach (Match link in Link().Matches(page.Body))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (!href.StartsWith("/css/", StringComparison.Ordinal) && !href.StartsWith("/js/", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal)
                    && !href.StartsWith("/Account/Logout", StringComparison.Ordinal) && !visited.Contains(href)) queue.Enqueue(href);
            }
        }
        return new CrawledSite(pages, failures, visited);
    }

    /// <summary>The kind of page an address shows: its path with ids as {id}, and its query names in order.</summary>
    public static string Kind(string url) => WithoutIds(url.Split('?')[0]) + "?" + string.Join("&", QueryNames(url).Order(StringComparer.Ordinal));

    /// <summary>The text with every id (a GUID) written {id}.</summary>
    public static string WithoutIds(string text) => Id().Replace(text, "{id}");

    public static IEnumerable<string> QueryNames(string url) =>
        url.Contains('?') ? url[(url.IndexOf('?') + 1)..].Split('&').Select(pair => Uri.UnescapeDataString(pair.Split('=')[0])).Where(name => name.Length > 0) : [];

    [GeneratedRegex("href=\"(/[^\"#]*)")]
    private static partial Regex Link();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Id();
}

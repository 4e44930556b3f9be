using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Dashboard.Pages;

/// <summary>
/// Traces, newest or slowest first, filtered by resource and recency: "the slowest request of the last minute" is
/// <c>/traces?sort=duration&amp;minutes=1</c>.
/// </summary>
public sealed class TracesModel(TelemetryStore telemetry, TimeProvider time) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)] public string? Resource { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public int? Minutes { get; set; }
    [BindProperty(SupportsGet = true)] public bool ErrorsOnly { get; set; }

    public bool SortByDuration => Sort == "duration";
    public IReadOnlyList<string> Resources { get; private set; } = [];
    public IReadOnlyList<TraceEntry> Traces { get; private set; } = [];
    public int Matching { get; private set; }

    public void OnGet()
    {
        var since = Minutes is > 0 and var minutes ? time.GetUtcNow().AddMinutes(-minutes) : DateTimeOffset.MinValue;
        var traces = telemetry.Traces.Query(span =>
                (string.IsNullOrEmpty(Resource) || string.Equals(span.Source.Resource, Resource, StringComparison.OrdinalIgnoreCase))
                && span.Start >= since)
            .Where(trace => !ErrorsOnly || trace.HasError)
            .ToList();
        Matching = traces.Count;
        Traces = [.. (SortByDuration ? traces.OrderByDescending(t => t.Duration) : traces.OrderByDescending(t => t.Start)).Take(PageSize)];
        Resources = [.. traces.SelectMany(t => t.Resources).Append(Resource ?? "").Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order()];
    }

    public IActionResult OnPostClear()
    {
        telemetry.Traces.Clear();
        return RedirectToPage();
    }
}

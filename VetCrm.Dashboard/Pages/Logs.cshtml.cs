using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Dashboard.Pages;

/// <summary>Structured logs of every resource, newest first, filtered by resource, minimum level, text and trace.</summary>
public sealed class LogsModel(TelemetryStore telemetry) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)] public string? Resource { get; set; }
    [BindProperty(SupportsGet = true)] public LogLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? TraceId { get; set; }

    public IReadOnlyList<string> Resources { get; private set; } = [];
    public IReadOnlyList<LogEntry> Entries { get; private set; } = [];

    public void OnGet()
    {
        Entries = telemetry.Logs.Query(Matches, PageSize);
        Resources = telemetry.Logs.Resources;
    }

    public IActionResult OnPostClear()
    {
        telemetry.Logs.Clear();
        return RedirectToPage();
    }

    private bool Matches(LogEntry entry) =>
        (string.IsNullOrEmpty(Resource) || string.Equals(entry.Source.Resource, Resource, StringComparison.OrdinalIgnoreCase))
        && (Level is not { } level || entry.Level >= level)
        && (string.IsNullOrEmpty(TraceId) || entry.TraceId == TraceId)
        && (string.IsNullOrEmpty(Q)
            || entry.Message.Contains(Q, StringComparison.OrdinalIgnoreCase)
            || entry.Category.Contains(Q, StringComparison.OrdinalIgnoreCase)
            || entry.Attributes.Any(a => a.Value.Contains(Q, StringComparison.OrdinalIgnoreCase)));
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Dashboard.Pages;

/// <summary>One trace as a waterfall across resources: each span under its parent, its bar placed on the trace's timeline.</summary>
public sealed class TraceModel(TelemetryStore telemetry) : PageModel
{
    public sealed record WaterfallRow(SpanEntry Span, int Depth, double OffsetPercent, double WidthPercent);

    public TraceEntry? Trace { get; private set; }
    public IReadOnlyList<WaterfallRow> Rows { get; private set; } = [];

    public IActionResult OnGet(string traceId)
    {
        Trace = telemetry.Traces.Get(traceId);
        if (Trace is null)
        {
            return NotFound($"Trace {traceId} is not (or no longer) in the dashboard's memory.");
        }
        Rows = Waterfall(Trace);
        return Page();
    }

    private static IReadOnlyList<WaterfallRow> Waterfall(TraceEntry trace)
    {
        var total = Math.Max(trace.Duration.TotalMilliseconds, 0.001);
        var ids = trace.Spans.Select(s => s.SpanId).ToHashSet();
        var children = trace.Spans.ToLookup(s => s.ParentSpanId is { } parent && ids.Contains(parent) ? parent : null);
        var rows = new List<WaterfallRow>(trace.Spans.Count);

        void Visit(SpanEntry span, int depth)
        {
            var offset = (span.Start - trace.Start).TotalMilliseconds / total * 100;
            rows.Add(new WaterfallRow(span, depth, offset, Math.Max(span.Duration.TotalMilliseconds / total * 100, 0.3)));
            foreach (var child in children[span.SpanId].OrderBy(s => s.Start))
            {
                Visit(child, depth + 1);
            }
        }

        // Spans whose parent has not arrived (yet) are shown as roots rather than hidden.
        foreach (var root in children[null].OrderBy(s => s.Start))
        {
            Visit(root, 0);
        }
        return rows;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Dashboard.Rendering;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Dashboard.Pages;

/// <summary>
/// Metrics of one resource: pick an instrument, see its series over time. Histograms and summaries can be drawn by
/// their sum or by their count of measurements.
/// </summary>
public sealed class MetricsModel(TelemetryStore telemetry) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Resource { get; set; }
    [BindProperty(SupportsGet = true)] public string? Instrument { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }

    public IReadOnlyList<string> Resources { get; private set; } = [];
    public IReadOnlyList<InstrumentInfo> Instruments { get; private set; } = [];
    public InstrumentData? Data { get; private set; }
    public LineChart? Chart { get; private set; }
    public bool ShowsCount => Field == "count";
    public bool HasCount => Data?.Info.Kind is MetricKind.Histogram or MetricKind.ExponentialHistogram or MetricKind.Summary;

    public void OnGet()
    {
        Resources = telemetry.Metrics.Resources;
        Resource = Resources.FirstOrDefault(r => string.Equals(r, Resource, StringComparison.OrdinalIgnoreCase)) ?? Resources.FirstOrDefault();
        if (Resource is null)
        {
            return;
        }
        Instruments = telemetry.Metrics.Instruments(Resource);
        Instrument = Instruments.FirstOrDefault(i => i.Name == Instrument)?.Name ?? Instruments.FirstOrDefault()?.Name;
        Data = Instrument is null ? null : telemetry.Metrics.Get(Resource, Instrument);
        if (Data is not null)
        {
            Chart = LineChart.Build(Data.Points.Select(p => (p.Series, p.Timestamp, ShowsCount && HasCount ? (double)(p.Count ?? 0) : p.Value)));
        }
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VetCrm.Dashboard.Rendering;
using VetCrm.Dashboard.Telemetry;

namespace VetCrm.Dashboard.Pages;

/// <summary>
/// Metrics of one resource: pick an instrument, see its series over time (see <see cref="MetricView"/> for what is drawn).
/// </summary>
public sealed class MetricsModel(TelemetryStore telemetry) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Resource { get; set; }
    [BindProperty(SupportsGet = true)] public string? Instrument { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }

    /// <summary>Only series whose attributes contain this text, e.g. <c>http.route=/api/status</c>.</summary>
    [BindProperty(SupportsGet = true)] public string? Series { get; set; }

    public IReadOnlyList<string> Resources { get; private set; } = [];
    public IReadOnlyList<InstrumentInfo> Instruments { get; private set; } = [];
    public InstrumentData? Data { get; private set; }
    public LineChart? Chart { get; private set; }
    public IReadOnlyList<string> Fields { get; private set; } = [];

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
            Fields = MetricView.FieldsOf(Data.Info);
            Field = Fields.Contains(Field) ? Field : MetricView.DefaultField(Data.Info);
            Chart = LineChart.Build(MetricView.Values(Data, Field!)
                .Where(v => string.IsNullOrEmpty(Series) || v.Series.Contains(Series, StringComparison.OrdinalIgnoreCase)));
        }
    }

    public IActionResult OnPostClear()
    {
        telemetry.Metrics.Clear();
        return RedirectToPage(new { resource = (string?)null });
    }
}

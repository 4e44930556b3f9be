using System.Globalization;
using System.Net;
using System.Text;
using VetCrm.Web.Display;

namespace VetCrm.Web.Pages.Scores;

/// <summary>
/// Draws one score type's trend as server-rendered SVG, readable without colour: a line through the scores, circles for
/// scores within range and triangles for those past the threshold, each labelled with its value; the threshold as a
/// dashed line labelled in words; labelled axes; and a title and description for screen readers (the page adds a table).
/// </summary>
public static class TrendChart
{
    public const int Width = 640;
    public const int Height = 260;
    private const int Left = 64, Right = 24, Top = 24, Bottom = 48;
    private const int PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;
    /// <summary>Above this many points only the first, the last and those past the threshold carry a value label.</summary>
    private const int LabelEveryPointUpTo = 14;
    /// <summary>Wider numeric scales (weight in kg) are drawn around the data rather than over the whole range.</summary>
    private const decimal WholeRangeUpTo = 30;

    public static string Svg(TrendSeries series, string id)
    {
        var svg = new StringBuilder();
        var title = $"{series.Title}: trend";
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" class="trend-chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="{id}-title {id}-desc" data-testid="trend-chart">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="{id}-title">{Text(title)}</title><desc id="{id}-desc">{Text(Description(series))}</desc>""");
        var scale = Scale.For(series);
        DrawAxes(svg, series, scale);
        if (series.Points.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left + PlotWidth / 2}" y="{Top + PlotHeight / 2}" text-anchor="middle" class="empty">No scores yet</text></svg>""");
            return svg.ToString();
        }
        DrawThreshold(svg, series, scale);
        var points = series.Points.Select(p => (Point: p, X: scale.X(p.At), Y: scale.Y(p))).Where(p => p.Y is not null).ToList();
        svg.Append("<polyline class=\"trend-line\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"");
        svg.AppendJoin(' ', points.Select(p => $"{N(p.X)},{N(p.Y!.Value)}"));
        svg.Append("\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var (point, x, y) = (points[i].Point, points[i].X, points[i].Y!.Value);
            var shown = Shown(point, series.Unit);
            var what = $"{When.Time(point.At)}: {shown}{(point.Acts ? ", past the threshold" : "")}";
            svg.Append("<g class=\"point\">");
            svg.Append(point.Acts
                // A triangle pointing up: a shape, not only a colour, marks a score past the threshold.
                ? $"""<path class="marker acts" d="M{N(x)},{N(y - 7)} L{N(x + 7)},{N(y + 5)} L{N(x - 7)},{N(y + 5)} Z" fill="currentColor"><title>{Text(what)}</title></path>"""
                : $"""<circle class="marker" cx="{N(x)}" cy="{N(y)}" r="4.5" fill="white" stroke="currentColor" stroke-width="2"><title>{Text(what)}</title></circle>""");
            if (points.Count <= LabelEveryPointUpTo || point.Acts || i == 0 || i == points.Count - 1)
                svg.Append(CultureInfo.InvariantCulture, $"""<text class="value" x="{N(x)}" y="{N(y - 11)}" text-anchor="middle">{Text(point.Value?.ToString(CultureInfo.InvariantCulture) ?? point.Category ?? "")}</text>""");
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The chart in words: how many scores over which dates, the latest, the range of values and the threshold.</summary>
    public static string Description(TrendSeries series)
    {
        if (series.Points.Count == 0) return $"No {series.Title} scores recorded yet.";
        var (first, last) = (series.Points[0], series.Points[^1]);
        var words = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"{series.Points.Count} score{(series.Points.Count == 1 ? "" : "s")} from {When.Time(first.At)} to {When.Time(last.At)}; latest {Shown(last, series.Unit)}");
        var values = series.Points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        if (values.Count > 1) words.Append(CultureInfo.InvariantCulture, $"; lowest {values.Min()}, highest {values.Max()}");
        if (series.ThresholdLabel is { } threshold)
            words.Append(CultureInfo.InvariantCulture, $". Threshold: {threshold}; {series.Points.Count(p => p.Acts)} past it");
        return words.Append('.').ToString();
    }

    private static void DrawAxes(StringBuilder svg, TrendSeries series, Scale scale)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<g class="axes" stroke="currentColor"><line x1="{Left}" y1="{Top}" x2="{Left}" y2="{Top + PlotHeight}"/><line x1="{Left}" y1="{Top + PlotHeight}" x2="{Left + PlotWidth}" y2="{Top + PlotHeight}"/></g>""");
        foreach (var (label, y) in scale.YTicks(series))
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="tick y" x="{Left - 8}" y="{N(y + 4)}" text-anchor="end">{Text(label)}</text><line class="grid" x1="{Left}" x2="{Left + PlotWidth}" y1="{N(y)}" y2="{N(y)}" stroke="currentColor" stroke-opacity="0.15"/>""");
        foreach (var (label, x) in scale.XTicks(series))
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="tick x" x="{N(x)}" y="{Top + PlotHeight + 18}" text-anchor="middle">{Text(label)}</text>""");
        var yTitle = series.IsCategorical ? "Stage" : series.Unit is null ? "Value" : $"Value ({series.Unit})";
        svg.Append(CultureInfo.InvariantCulture, $"""<text class="axis-title" x="{Left + PlotWidth / 2}" y="{Height - 6}" text-anchor="middle">Date scored</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text class="axis-title" x="14" y="{Top + PlotHeight / 2}" text-anchor="middle" transform="rotate(-90 14 {Top + PlotHeight / 2})">{Text(yTitle)}</text>""");
    }

    private static void DrawThreshold(StringBuilder svg, TrendSeries series, Scale scale)
    {
        if (series.ThresholdLabel is not { } label) return;
        var level = series.IsCategorical
            ? series.ThresholdCategories.Select(c => scale.Y(new TrendPoint(default, null, c, true))).Where(y => y is not null).DefaultIfEmpty().Max()
            : scale.YOf(series.ThresholdAtLeast ?? series.ThresholdAtMost);
        if (level is not { } y) return;
        svg.Append(CultureInfo.InvariantCulture, $"""<g class="threshold"><line x1="{Left}" x2="{Left + PlotWidth}" y1="{N(y)}" y2="{N(y)}" stroke="currentColor" stroke-dasharray="6 4"/><text x="{Left + PlotWidth - 4}" y="{N(y - 6)}" text-anchor="end">{Text(label)}</text></g>""");
    }

    private static string Shown(TrendPoint point, string? unit) =>
        point.Value is { } value ? $"{value.ToString(CultureInfo.InvariantCulture)}{(unit is null ? "" : $" {unit}")}" : point.Category ?? "";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    /// <summary>From scores to the plot: time to x, value or category to y.</summary>
    private sealed class Scale
    {
        private DateTimeOffset _from, _to;
        private decimal _low, _high;
        private IReadOnlyList<string> _categories = [];

        public static Scale For(TrendSeries series)
        {
            var scale = new Scale { _categories = series.Categories };
            var times = series.Points.Select(p => p.At).ToList();
            (scale._from, scale._to) = times.Count == 0 ? (default, default) : (times.Min(), times.Max());
            if (!series.IsCategorical)
            {
                var (min, max) = (series.Min ?? 0, series.Max ?? 1);
                var values = series.Points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
                if (max - min <= WholeRangeUpTo || values.Count == 0) (scale._low, scale._high) = (min, max);
                else
                {
                    var pad = Math.Max((values.Max() - values.Min()) / 5, 1);
                    (scale._low, scale._high) = (Math.Max(min, Math.Floor(values.Min() - pad)), Math.Min(max, Math.Ceiling(values.Max() + pad)));
                }
            }
            return scale;
        }

        public double X(DateTimeOffset at) => _to == _from ? Left + PlotWidth / 2.0
            : Left + (at - _from).TotalSeconds / (_to - _from).TotalSeconds * PlotWidth;

        public double? Y(TrendPoint point) => point.Value is { } value ? YOf(value)
            : point.Category is { } category && IndexOf(category) is { } index ? Top + PlotHeight - (index + 0.5) * PlotHeight / _categories.Count : null;

        public double? YOf(decimal? value) => value is not { } v || v < _low || v > _high ? null
            : Top + (double)((_high - v) / (_high - _low)) * PlotHeight;

        public IEnumerable<(string Label, double Y)> YTicks(TrendSeries series)
        {
            if (series.IsCategorical) return _categories.Select(c => (c, Y(new TrendPoint(default, null, c, false))!.Value));
            var step = (_high - _low) / 4;
            return Enumerable.Range(0, 5).Select(i => _low + step * i).Select(v => (Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture), YOf(v)!.Value));
        }

        public IEnumerable<(string Label, double X)> XTicks(TrendSeries series)
        {
            if (series.Points.Count == 0) return [];
            var first = series.Points[0].At;
            var last = series.Points[^1].At;
            return first == last ? [(DayLabel(first), X(first))] : [(DayLabel(first), X(first)), (DayLabel(last), X(last))];
        }

        private static string DayLabel(DateTimeOffset at) => When.Local(at).ToString("d MMM HH:mm", CultureInfo.InvariantCulture);

        private int? IndexOf(string category)
        {
            for (var i = 0; i < _categories.Count; i++)
                if (_categories[i] == category) return i;
            return null;
        }
    }
}

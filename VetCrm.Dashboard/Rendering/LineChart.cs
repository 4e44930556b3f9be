using System.Globalization;

namespace VetCrm.Dashboard.Rendering;

/// <summary>One polyline per series, already scaled to the chart's viewBox; rendered as inline SVG by the metrics page.</summary>
public sealed record LineChart(IReadOnlyList<LineChart.Line> Lines, double MinValue, double MaxValue, DateTimeOffset From, DateTimeOffset To)
{
    public const int Width = 800;
    public const int Height = 240;
    public const int MaxSeries = 8;

    public sealed record Line(string Series, string Points, int Hue, double Last);

    public static LineChart Build(IEnumerable<(string Series, DateTimeOffset Time, double Value)> points)
    {
        var bySeries = points.GroupBy(p => p.Series).OrderBy(g => g.Key, StringComparer.Ordinal).Take(MaxSeries).ToList();
        var all = bySeries.SelectMany(g => g).ToList();
        if (all.Count == 0)
        {
            return new LineChart([], 0, 0, default, default);
        }
        var (from, to) = (all.Min(p => p.Time), all.Max(p => p.Time));
        var (min, max) = (Math.Min(0, all.Min(p => p.Value)), all.Max(p => p.Value));
        var span = Math.Max((to - from).TotalMilliseconds, 1);
        var range = max - min is > 0 and var r ? r : 1;
        string Scale((string, DateTimeOffset Time, double Value) p) => string.Create(CultureInfo.InvariantCulture,
            $"{(p.Time - from).TotalMilliseconds / span * Width:0.#},{Height - (p.Value - min) / range * Height:0.#}");
        var lines = bySeries.Select(g => new Line(
            g.Key.Length == 0 ? "(all)" : g.Key,
            string.Join(' ', g.OrderBy(p => p.Time).Select(Scale)),
            Display.Hue(g.Key),
            g.MaxBy(p => p.Time).Value)).ToList();
        return new LineChart(lines, min, max, from, to);
    }
}

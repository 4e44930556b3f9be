using System.Xml.Linq;
using VetCrm.Web.Pages.Scores;

namespace VetCrm.UnitTests;

public sealed class TrendChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    private static TrendSeries Pain(params (int Hours, decimal Value)[] points) => new(
        "Glasgow CMPS-SF", 0, 24, "points", [], 6, null, [], "Analgesia review at 6 or more",
        [.. points.Select(p => new TrendPoint(Monday.AddHours(p.Hours), p.Value, null, p.Value >= 6))]);

    private static XElement Draw(TrendSeries series) => XElement.Parse(TrendChart.Svg(series, "t"));

    [Fact]
    public void Scores_past_the_threshold_are_triangles_the_others_circles_each_labelled_with_its_value()
    {
        var chart = Draw(Pain((0, 3), (4, 8), (8, 5), (12, 6)));
        var markers = chart.Descendants().Where(e => (string?)e.Attribute("class") is { } c && c.StartsWith("marker", StringComparison.Ordinal)).ToList();
        Assert.Equal(["circle", "path", "circle", "path"], markers.Select(m => m.Name.LocalName));
        Assert.Equal(["3", "8", "5", "6"], chart.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "value").Select(t => t.Value));
        Assert.Contains("past the threshold", markers[1].Element(Svg + "title")!.Value);
        Assert.DoesNotContain("past the threshold", markers[0].Element(Svg + "title")!.Value);
    }

    [Fact]
    public void The_chart_names_itself_for_screen_readers_and_labels_its_threshold_and_axes_in_text()
    {
        var chart = Draw(Pain((0, 3), (24, 8)));
        Assert.Equal("img", (string?)chart.Attribute("role"));
        Assert.Equal("t-title t-desc", (string?)chart.Attribute("aria-labelledby"));
        Assert.Equal("Glasgow CMPS-SF: trend", chart.Element(Svg + "title")!.Value);
        var description = chart.Element(Svg + "desc")!.Value;
        Assert.Contains("2 scores", description);
        Assert.Contains("latest 8 points", description);
        Assert.Contains("Threshold: Analgesia review at 6 or more; 1 past it", description);
        var texts = chart.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Analgesia review at 6 or more", texts);
        Assert.Contains("Date scored", texts);
        Assert.Contains("Value (points)", texts);
        Assert.Contains("0", texts);
        Assert.Contains("24", texts);
    }

    [Fact]
    public void Higher_values_are_drawn_higher_and_later_scores_further_right()
    {
        var chart = Draw(Pain((0, 2), (10, 12), (20, 7)));
        var circles = chart.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "point").ToList();
        var values = chart.Descendants(Svg + "polyline").Single().Attribute("points")!.Value.Split(' ')
            .Select(p => p.Split(',').Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(3, circles.Count);
        Assert.True(values[0][0] < values[1][0] && values[1][0] < values[2][0]);
        Assert.True(values[1][1] < values[2][1] && values[2][1] < values[0][1], "y grows downwards in SVG: 12 above 7 above 2");
    }

    [Fact]
    public void Stages_sit_on_their_own_rows_and_a_single_score_or_none_still_draws()
    {
        var stages = new TrendSeries("ACVIM MMVD stage", null, null, null, ["A", "B1", "B2", "C", "D"], null, null, ["C", "D"], "Cardiology review at C or D",
            [new TrendPoint(Monday, null, "B2", false), new TrendPoint(Monday.AddDays(30), null, "C", true)]);
        var chart = Draw(stages);
        Assert.Equal(["A", "B1", "B2", "C", "D"], chart.Descendants(Svg + "text").Where(t => ((string?)t.Attribute("class"))?.Contains("tick y") == true).Select(t => t.Value));
        Assert.Single(chart.Descendants(Svg + "path"));

        var single = Draw(Pain((0, 4)));
        Assert.Single(single.Descendants(Svg + "circle"));
        var none = Draw(Pain());
        Assert.Contains("No scores yet", none.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Equal("No Glasgow CMPS-SF scores recorded yet.", none.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Text_from_the_data_is_escaped()
    {
        var hostile = Pain((0, 3)) with { Title = "<script>alert(1)</script> & \"x\"", ThresholdLabel = "</text><script>" };
        var svg = TrendChart.Svg(hostile, "t");
        Assert.DoesNotContain("<script>", svg);
        Assert.Equal("<script>alert(1)</script> & \"x\": trend", XElement.Parse(svg).Element(Svg + "title")!.Value);
    }

    [Fact]
    public void A_wide_scale_is_drawn_around_the_data()
    {
        var weight = new TrendSeries("Body weight", 0, 200, "kg", [], null, null, [], null,
            [new TrendPoint(Monday, 31.2m, null, false), new TrendPoint(Monday.AddDays(7), 30.4m, null, false)]);
        var ticks = Draw(weight).Descendants(Svg + "text").Where(t => ((string?)t.Attribute("class"))?.Contains("tick y") == true)
            .Select(t => decimal.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ticks.Min() >= 25 && ticks.Max() <= 40, string.Join(", ", ticks));
    }
}

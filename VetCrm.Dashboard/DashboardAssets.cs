using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace VetCrm.Dashboard;

/// <summary>The dashboard's stylesheet and script, embedded in this assembly and served from it (no CDN, no static files).</summary>
internal static class DashboardAssets
{
    private static readonly Dictionary<string, (byte[] Content, string ContentType)> Assets = new()
    {
        ["dashboard.css"] = (Load("dashboard.css"), "text/css; charset=utf-8"),
        ["dashboard.js"] = (Load("dashboard.js"), "text/javascript; charset=utf-8"),
    };

    public static IEndpointConventionBuilder MapDashboardAssets(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/assets/{name}", (string name) => Assets.TryGetValue(name, out var asset)
            ? Results.Bytes(asset.Content, asset.ContentType)
            : Results.NotFound());

    private static byte[] Load(string name)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream($"Assets.{name}")
            ?? throw new InvalidOperationException($"Embedded asset '{name}' is missing.");
        using var content = new MemoryStream();
        stream.CopyTo(content);
        return content.ToArray();
    }
}

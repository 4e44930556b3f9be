using System.Reflection;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// GraphiQL at <c>/graphql/playground</c>, served from the API itself: graphiql, react and react-dom are vendored from npm
/// (see Playground/package.json) and embedded in the assembly, so the page needs no CDN. Paste the bearer token from
/// <c>POST /api/auth/login</c> into the headers pane as <c>{"Authorization": "Bearer …"}</c>.
/// </summary>
public static class GraphQlPlayground
{
    public const string Path = "/graphql/playground";

    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["graphiql.min.js"] = "text/javascript",
        ["graphiql.min.css"] = "text/css",
        ["react.production.min.js"] = "text/javascript",
        ["react-dom.production.min.js"] = "text/javascript",
    };

    public static IEndpointRouteBuilder MapGraphQlPlayground(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, WritePageAsync).ExcludeFromDescription();
        routes.MapGet(Path + "/{asset}", (string asset) => Assets.TryGetValue(asset, out var type)
            ? Results.Stream(Open(asset), type + "; charset=utf-8")
            : Results.NotFound()).ExcludeFromDescription();
        return routes;
    }

    /// <summary>The GraphiQL page (also what a browser gets from <c>GET /graphql</c>).</summary>
    public static async Task WritePageAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        await using var page = Open("index.html");
        await page.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"VetCrm.Api.GraphQl.Playground.{name}")
        ?? throw new InvalidOperationException($"The playground asset {name} is not embedded.");
}

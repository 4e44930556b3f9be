using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.GraphQl;

/// <summary>Sends GraphQL documents to <c>/graphql</c> as a caller of <see cref="ApiClient"/> (same bearer token as REST).</summary>
public static class GraphQlClient
{
    public static async Task<GraphQlResponse> GraphQlAsync(this ApiClient client, string query, object? variables = null, string? operationName = null)
    {
        using var response = await client.Http.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException($"Not a GraphQL answer ({(int)response.StatusCode}): {text}");
        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? string.Join(", ", values) : null;
        return new GraphQlResponse(response.StatusCode, body, timing);
    }
}

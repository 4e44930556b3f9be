using System.Net;
using System.Text.Json.Nodes;

namespace VetCrm.Tests.GraphQl;

/// <summary>A GraphQL answer: HTTP status, <c>data</c>, <c>errors</c> and the server's SQL count (Server-Timing).</summary>
public sealed record GraphQlResponse(HttpStatusCode Status, JsonObject Body, string? ServerTiming)
{
    public JsonNode? Data => Body["data"];
    public JsonArray Errors => Body["errors"] as JsonArray ?? [];

    /// <summary>The data of a request that must have succeeded: 200 and no errors.</summary>
    public JsonNode Ok()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors.Count == 0, $"Expected data without errors, got {(int)Status}: {Body.ToJsonString()}");
        return Data!;
    }

    /// <summary>The one error's <c>extensions.code</c>; asserts there is exactly one error.</summary>
    public string ErrorCode()
    {
        Assert.True(Errors.Count == 1, $"Expected one error, got {Body.ToJsonString()}");
        return Errors[0]!["extensions"]!["code"]!.GetValue<string>();
    }

    public int SqlCommands => int.Parse(System.Text.RegularExpressions.Regex.Match(ServerTiming ?? "", "db;desc=\"([0-9]+) commands\"").Groups[1].Value);
}

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.Contract;

/// <summary>
/// What the running API's OpenAPI document promises of each operation's answers — which statuses, in which media types,
/// with bodies of which schema — and every answer checked against it that broke a promise, by operation.
/// </summary>
public sealed class OpenApiContract
{
    /// <summary>Where the document's component schemas live for the schema library: every $ref points here.</summary>
    private const string ComponentsUri = "https://vetcrm.test/openapi/components";

    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();
    private readonly ConcurrentQueue<Mismatch> _found = new();

    private OpenApiContract(JsonObject document)
    {
        Document = document;
        var components = Normalized(document["components"]?["schemas"] ?? new JsonObject());
        _build.SchemaRegistry.Register(JsonSchema.FromText(new JsonObject { ["$id"] = ComponentsUri, ["$defs"] = components }.ToJsonString(), _build));
    }

    /// <summary>One answer that broke a promise: its kind (e.g. "404 media type application/json") and what was seen.</summary>
    private sealed record Mismatch(string Operation, string Kind, string Detail);

    public JsonObject Document { get; }

    public static async Task<OpenApiContract> LoadAsync(ApiClient client) =>
        new((await client.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK).Object);

    /// <summary>Checks an answer of the operation at (method, path template) and keeps what mismatches.</summary>
    public void Check(string method, string pathTemplate, ApiResponse answer)
    {
        var operation = $"{method.ToUpperInvariant()} {pathTemplate}";
        foreach (var mismatch in Mismatches(operation, method.ToLowerInvariant(), pathTemplate, answer)) _found.Enqueue(mismatch);
    }

    private IReadOnlyList<Mismatch> Found => [.. _found];

    /// <summary>How many mismatches of each kind, on how many operations; then up to a few examples of each operation's.</summary>
    public string Report()
    {
        var found = Found;
        var kinds = found.GroupBy(m => m.Kind).OrderByDescending(g => g.Count())
            .Select(g => $"  {g.Count()} × {g.Key} on {g.Select(m => m.Operation).Distinct().Count()} operations");
        var examples = found.GroupBy(m => m.Operation).OrderBy(g => g.Key)
            .Select(g => $"  {g.Key}:\n" + string.Join("\n", g.DistinctBy(m => m.Kind).Take(3).Select(m => $"    {m.Kind}: {m.Detail}")));
        return $"{found.Count} answers broke the OpenAPI document on {found.Select(m => m.Operation).Distinct().Count()} operations:\n"
            + string.Join("\n", kinds) + "\n" + string.Join("\n", examples);
    }

    public void AssertNoMismatches() => Assert.True(Found.Count == 0, Report());

    private IEnumerable<Mismatch> Mismatches(string operation, string method, string pathTemplate, ApiResponse answer)
    {
        var status = ((int)answer.Status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Document["paths"]?[pathTemplate]?[method] is not JsonObject documented)
        {
            yield return new Mismatch(operation, "operation not documented", "");
            yield break;
        }
        var responses = documented["responses"]?.AsObject();
        var response = responses?[status] ?? responses?[$"{status[0]}XX"] ?? responses?["default"];
        if (response is null)
        {
            yield return new Mismatch(operation, $"{status} not documented", Shorten(answer.Text));
            yield break;
        }
        var content = response["content"]?.AsObject();
        if (answer.MediaType is null)
        {
            if (content is { Count: > 0 }) yield return new Mismatch(operation, $"{status} without a body", $"documented: {string.Join(", ", content.Select(c => c.Key))}");
            yield break;
        }
        if (content?[answer.MediaType] is not { } media)
        {
            yield return new Mismatch(operation, $"{status} media type {answer.MediaType}",
                $"documented: {(content is { Count: > 0 } ? string.Join(", ", content.Select(c => c.Key)) : "no body")}; sent {Shorten(answer.Text)}");
            yield break;
        }
        // The document's promise for every refusal: a ProblemDetails (RFC 9457), whatever the operation's response lists.
        if (answer.Status >= HttpStatusCode.BadRequest && answer.MediaType != "application/problem+json")
            yield return new Mismatch(operation, $"{status} not application/problem+json", $"sent {answer.MediaType}: {Shorten(answer.Text)}");
        if (media["schema"] is not JsonObject schema || !answer.MediaType.EndsWith("json", StringComparison.Ordinal)) yield break;
        using var body = JsonDocument.Parse(answer.Text);
        var result = SchemaOf($"{operation} {status} {answer.MediaType}", schema).Evaluate(body.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (!result.IsValid) yield return new Mismatch(operation, $"{status} body breaks its schema", $"{Errors(result)}; sent {Shorten(answer.Text)}");
    }

    private JsonSchema SchemaOf(string key, JsonObject schema) =>
        _schemas.GetOrAdd(key, _ => JsonSchema.FromText(Normalized(schema).ToJsonString(), _build, new Uri($"https://vetcrm.test/openapi/answers/{_schemas.Count}")));

    private static string Errors(EvaluationResults result) => string.Join("; ", Failures(result).Distinct().Take(5));

    /// <summary>
    /// The errors of the failed evaluations only (a branch that failed under a oneOf that held is no mismatch); a failure
    /// with no message of its own, such as a oneOf with more than one branch holding, by where it failed.
    /// </summary>
    private static IEnumerable<string> Failures(EvaluationResults result)
    {
        if (result.IsValid) return [];
        var own = (result.Errors ?? new Dictionary<string, string>()).Select(e => $"{result.InstanceLocation} {e.Key}: {e.Value}");
        var nested = (result.Details ?? []).SelectMany(Failures).ToList();
        return own.Any() || nested.Count > 0 ? own.Concat(nested) : [$"{result.InstanceLocation} fails {result.EvaluationPath}"];
    }

    /// <summary>
    /// The schema as the JSON Schema library reads it: references point at <see cref="ComponentsUri"/>; OpenAPI 3.0's
    /// <c>nullable</c> becomes a null type (3.1 documents already say null in <c>type</c>); and an object schema that
    /// lists its properties and says nothing of others has no others, so an undocumented member is a mismatch.
    /// </summary>
    private static JsonNode Normalized(JsonNode source)
    {
        var node = source.DeepClone();
        Visit(node);
        return node;

        static void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonArray items:
                    foreach (var item in items) Visit(item);
                    break;
                case JsonObject schema:
                    foreach (var (_, value) in schema.ToList()) Visit(value);
                    if (schema["$ref"] is JsonValue reference && reference.GetValue<string>().StartsWith("#/components/schemas/", StringComparison.Ordinal))
                        schema["$ref"] = $"{ComponentsUri}#/$defs/{reference.GetValue<string>()["#/components/schemas/".Length..]}";
                    if (schema["nullable"] is JsonValue nullable && nullable.GetValue<bool>())
                    {
                        schema.Remove("nullable");
                        if (schema["type"] is JsonValue type) schema["type"] = new JsonArray(type.GetValue<string>(), "null");
                        if (schema["enum"] is JsonArray values && !values.Any(v => v is null)) values.Add(null);
                    }
                    if (schema["properties"] is JsonObject && schema["additionalProperties"] is null && !IsProblem(schema)) schema["additionalProperties"] = false;
                    break;
            }
        }

        // A ProblemDetails may carry members of its own beside the standard ones (RFC 9457).
        static bool IsProblem(JsonObject schema) => schema["properties"] is JsonObject properties && properties.ContainsKey("title") && properties.ContainsKey("detail") && properties.ContainsKey("instance");
    }

    private static string Shorten(string text, int length = 200) => text.Length <= length ? text : text[..length] + "…";
}

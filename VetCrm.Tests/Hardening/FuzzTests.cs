using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Contract;
using VetCrm.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// Walks every operation of the running API's OpenAPI document — every path, method, parameter and body member — with
/// hostile values, as every role and anonymously, and asserts that every answer is one the document describes, nothing
/// answers 5xx and refused writes changed nothing. Deterministic (fixed seed) and bounded in requests.
/// </summary>
[Collection("stack")]
public sealed class FuzzTests(StackFixture stack, ITestOutputHelper output)
{
    private const int Seed = 1515;
    private const int MaxRequests = 2400;
    private readonly ApiFixtureHelpers api = new(stack);

    /// <summary>Hostile JSON values for a body member (raw JSON text).</summary>
    private static readonly string[] HostileJson =
    [
        "null", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00x\\ud800\"", "99999999999999999999999999", "-1", "-2147483649", "1e400",
        "1.5", "true", "[]", "{}", "\"\"", "\"   \"", "\"2026-01-01T00:00:00+05:30\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31\"",
        "{\"id\": \"\\u0000\"}", "{\"id\": 5}", "{\"id\": null}", "[\"\\u0000\"]", $"\"{new string('x', 5000)}\"", "\"' OR 1=1; --\"", "\"\\u202e💥\"",
    ];

    /// <summary>Hostile query and path values, already percent-encoded as a client would send them (some deliberately broken).</summary>
    private static readonly string[] HostileQuery =
    [
        "a%00b", "%00", "%ED%A0%80", "%FF%FE", "%C0%AF", "-1", "0", "99999999999999999999", "2026-01-01T00:00:00%2B05:30",
        "2026-01-01T00:00:00+05:30", "garbage", "%5B%5D", "true", "", Uri.EscapeDataString(new string('x', 3000)), "%27%20OR%201%3D1", "-",
        "00000000-0000-0000-0000-000000000000", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
    ];

    /// <summary>Whole bodies that are hostile as a whole: raw bytes.</summary>
    private static readonly byte[][] HostileBodies =
    [
        "[]"u8.ToArray(), "null"u8.ToArray(), "\"x\""u8.ToArray(), "{"u8.ToArray(), [(byte)'{', (byte)'"', (byte)'a', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}'],
        "{\"\\u0000\": 1}"u8.ToArray(), "{\"\\ud800\": 1}"u8.ToArray(), Encoding.UTF8.GetBytes(new string('[', 5000)),
    ];

    private sealed record Probe(DocumentedOperation Operation, string Role, string? Target, Func<HttpRequestMessage> Build);

    [Fact]
    public async Task Every_operation_with_hostile_values_answers_as_documented_never_5xx_and_refused_writes_change_nothing()
    {
        using var anonymous = api.Anonymous();
        var contract = await OpenApiContract.LoadAsync(anonymous);
        var document = contract.Document;

        using var cast = await FuzzCast.CreateAsync(api);
        var callers = cast.Callers;
        var records = cast.Records;
        var petId = records["pets"];
        // Role changes only ever hit this user, so the callers keep their roles.
        using var victim = await api.NewUserAsync(null);
        var actorIds = callers.Values.Select(c => c.UserId).Where(id => id != Guid.Empty).ToArray();
        var createdBefore = (await CreatedAsync(actorIds)).ToHashSet();

        var operations = DocumentedOperation.ReadAll(document);
        Assert.True(operations.Count >= 30, $"The OpenAPI document lists only {operations.Count} operations.");
        var random = new Random(Seed);
        var probes = new List<Probe>();
        var roles = callers.Keys.ToArray();
        foreach (var operation in operations)
        {
            string PathWith(string? name, string? value) => operation.FillPath(name, value, records, victim.UserId, petId);
            string Role() => operation.Path.StartsWith("/api/auth/logout") || operation.Path.StartsWith("/api/auth/refresh") ? "anonymous" : roles[random.Next(roles.Length)];
            var baseBody = operation.BodySchema is null ? null : cast.ValidBody(operation);

            foreach (var parameter in operation.Parameters.Select(p => p!.AsObject()))
            {
                var name = parameter["name"]!.GetValue<string>();
                var inPath = parameter["in"]!.GetValue<string>() == "path";
                foreach (var value in HostileQuery)
                {
                    var role = Role();
                    probes.Add(new Probe(operation, role, $"{parameter["in"]}:{name}={value}", () =>
                    {
                        var url = inPath ? PathWith(name, value) : $"{PathWith(null, null)}?{name}={value}";
                        return operation.Request(url, baseBody?.ToJsonString());
                    }));
                }
            }
            if (baseBody is null)
            {
                probes.Add(new Probe(operation, Role(), "no parameter", () => operation.Request(PathWith(null, null), null)));
                continue;
            }
            var members = MembersOf(operation.BodySchema!, document).Union(baseBody.Select(p => p.Key)).ToList();
            foreach (var member in members)
            {
                foreach (var value in HostileJson)
                {
                    var body = (JsonObject)baseBody.DeepClone();
                    body.Remove(member);
                    var raw = body.Count == 0 ? $"{{\"{member}\": {value}}}" : $"{{\"{member}\": {value}, {body.ToJsonString()[1..]}";
                    probes.Add(new Probe(operation, Role(), $"body:{member}={Shorten(value)}", () => operation.Request(PathWith(null, null), raw)));
                }
                // The member twice: once valid, once hostile.
                var duplicate = baseBody.ToJsonString().TrimEnd('}') + $", \"{member}\": \"a\\u0000\"}}";
                probes.Add(new Probe(operation, Role(), $"body:{member} twice", () => operation.Request(PathWith(null, null), duplicate)));
            }
            foreach (var bytes in HostileBodies)
            {
                probes.Add(new Probe(operation, Role(), $"body bytes {Shorten(Encoding.UTF8.GetString(bytes))}", () =>
                {
                    var request = new HttpRequestMessage(new HttpMethod(operation.Method), PathWith(null, null)) { Content = new ByteArrayContent(bytes) };
                    request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                    return request;
                }));
            }
        }

        // Bounded: every (operation, target) pair keeps at least its first hostile value; the rest are sampled with the seed.
        var chosen = probes.GroupBy(p => (p.Operation, Key: p.Target?.Split('=')[0])).Select(g => g.First()).ToList();
        var others = probes.Except(chosen).OrderBy(_ => random.Next()).Take(Math.Max(0, MaxRequests - chosen.Count));
        chosen.AddRange(others);

        var failures = new List<string>();
        var counts = new Dictionary<int, int>();
        var answeredCreated = new HashSet<string>();
        // Kestrel refuses a NUL in the path with an empty 400 before the API sees the request: no operation can document it.
        var refusedByKestrel = 0;
        // An empty path value names another route (/api/pets/{id} becomes the collection /api/pets/), which answers for itself, e.g. 405 for a PATCH.
        var anotherRoute = 0;
        var changed = new HashSet<string>();
        await Parallel.ForEachAsync(chosen, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (probe, _) =>
        {
            using var request = probe.Build();
            var response = await callers[probe.Role].SendAsync(request);
            lock (counts)
            {
                counts[(int)response.Status] = counts.GetValueOrDefault((int)response.Status) + 1;
                if ((int)response.Status >= 500) failures.Add($"{(int)response.Status} {probe.Operation.Method} {probe.Operation.Path} as {probe.Role} with {probe.Target}: {Shorten(response.Text, 300)}");
                if (response is { Status: HttpStatusCode.BadRequest, MediaType: null } && probe.Target!.StartsWith("path:") && probe.Target.Contains("%00")) refusedByKestrel++;
                else if (probe.Target!.StartsWith("path:") && probe.Target.EndsWith('=')) anotherRoute++;
                else contract.Check(probe.Operation.Method, probe.Operation.Path, response);
                if (response.Status == HttpStatusCode.Created) answeredCreated.UnionWith(IdsIn(response.Body));
                if ((int)response.Status is >= 200 and < 300 && probe.Operation.Method is "PATCH" or "POST" && probe.Operation.Path.Contains("{id}"))
                    changed.Add(probe.Operation.Collection);
            }
        });
        output.WriteLine($"{chosen.Count} requests over {operations.Count} operations: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}×{c.Value}")));
        output.WriteLine($"{refusedByKestrel} empty 400s from Kestrel for a NUL in the path, and {anotherRoute} answers of another route for an empty path value, not checked against the operation's document.");
        Assert.True(failures.Count == 0, $"{failures.Count} answers were 5xx:\n" + string.Join("\n", failures.Take(40)));
        output.WriteLine(contract.Report());
        contract.AssertNoMismatches();

        // A fixture record that no change was accepted for keeps its version: the refusals changed nothing.
        await cast.AssertUnchangedAsync(changed);
        // No refused creation left a record behind: every record the audit log saw created is in a 201's answer (a thread's with its first message).
        var leftBehind = (await CreatedAsync(actorIds)).Where(id => !createdBefore.Contains(id) && !answeredCreated.Contains(id.ToString())).ToList();
        Assert.True(leftBehind.Count == 0, $"{leftBehind.Count} records were created but no creation was answered 201 with them: {string.Join(", ", leftBehind)}");
    }

    private static IEnumerable<string> MembersOf(JsonObject schema, JsonObject document)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
        return schema["properties"]?.AsObject().Select(p => p.Key) ?? [];
    }

    private async Task<List<Guid>> CreatedAsync(Guid[] actorIds) => await api.IdsAsync(
        "select entity_id::uuid from audit_entries where action = 'create' and entity_type <> 'user' and actor_id = any(@actors)", ("actors", actorIds));

    /// <summary>Every id in an answer: the record's and those of what it was created with.</summary>
    private static IEnumerable<string> IdsIn(JsonNode? node) => node switch
    {
        JsonObject members => members.SelectMany(m => m.Key == "id" && m.Value is JsonValue id ? [id.ToString()] : IdsIn(m.Value)),
        JsonArray items => items.SelectMany(IdsIn),
        _ => [],
    };

    private static string Shorten(string text, int length = 40) => text.Length <= length ? text : text[..length] + "…";
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// Walks every operation of the running API's OpenAPI document — every path, method, parameter and body member — with
/// hostile values, as every role and anonymously, and asserts that nothing answers 5xx and that refused writes changed
/// nothing. Deterministic (fixed seed) and bounded in requests.
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

    private sealed record Operation(string Method, string Path, JsonArray Parameters, JsonObject? BodySchema);

    private sealed record Probe(Operation Operation, string Role, string? Target, Func<HttpRequestMessage> Build);

    [Fact]
    public async Task Every_operation_with_hostile_values_answers_no_5xx_and_refused_writes_change_nothing()
    {
        using var anonymous = api.Anonymous();
        var document = (await anonymous.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK).Object;

        using var cast = await FuzzCast.CreateAsync(api);
        var callers = cast.Callers;
        var records = cast.Records;
        var versionsBefore = cast.Versions;
        var (petId, referralId) = (records["pets"], records["referrals"]);
        var specialist = callers["specialist"];
        // Role changes only ever hit this user, so the callers keep their roles.
        using var victim = await api.NewUserAsync(null);
        var actorIds = callers.Values.Select(c => c.UserId).Where(id => id != Guid.Empty).ToArray();
        var writesBefore = await CreateRowsAsync(actorIds);

        var operations = ReadOperations(document);
        Assert.True(operations.Count >= 30, $"The OpenAPI document lists only {operations.Count} operations.");
        var random = new Random(Seed);
        var probes = new List<Probe>();
        var roles = callers.Keys.ToArray();
        foreach (var operation in operations)
        {
            string PathWith(string? name, string? value) => FillPath(operation.Path, name, value, records, victim.UserId, petId);
            string Role() => operation.Path.StartsWith("/api/auth/logout") || operation.Path.StartsWith("/api/auth/refresh") ? "anonymous" : roles[random.Next(roles.Length)];
            var baseBody = operation.BodySchema is null ? null : ValidBody(operation, specialist.UserId, petId, referralId, versionsBefore);

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
                        return Request(operation.Method, url, baseBody?.ToJsonString());
                    }));
                }
            }
            if (baseBody is null)
            {
                probes.Add(new Probe(operation, Role(), "no parameter", () => Request(operation.Method, PathWith(null, null), null)));
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
                    probes.Add(new Probe(operation, Role(), $"body:{member}={Shorten(value)}", () => Request(operation.Method, PathWith(null, null), raw)));
                }
                // The member twice: once valid, once hostile.
                var duplicate = baseBody.ToJsonString().TrimEnd('}') + $", \"{member}\": \"a\\u0000\"}}";
                probes.Add(new Probe(operation, Role(), $"body:{member} twice", () => Request(operation.Method, PathWith(null, null), duplicate)));
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
        var created = 0;
        var changed = new HashSet<string>();
        await Parallel.ForEachAsync(chosen, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (probe, _) =>
        {
            using var request = probe.Build();
            var response = await callers[probe.Role].SendAsync(request);
            lock (counts)
            {
                counts[(int)response.Status] = counts.GetValueOrDefault((int)response.Status) + 1;
                if ((int)response.Status >= 500) failures.Add($"{(int)response.Status} {probe.Operation.Method} {probe.Operation.Path} as {probe.Role} with {probe.Target}: {Shorten(response.Text, 300)}");
                if (response.Status == HttpStatusCode.Created && !probe.Operation.Path.StartsWith("/api/auth/")) created++;
                if ((int)response.Status is >= 200 and < 300 && probe.Operation.Method is "PATCH" or "POST" && probe.Operation.Path.Contains("{id}"))
                    changed.Add(CollectionOf(probe.Operation.Path));
            }
        });
        output.WriteLine($"{chosen.Count} requests over {operations.Count} operations: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}×{c.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} answers were 5xx:\n" + string.Join("\n", failures.Take(40)));

        // A fixture record that no change was accepted for keeps its version: the refusals changed nothing.
        await cast.AssertUnchangedAsync(changed);
        // No refused creation left a record behind: every create row in the audit log is one of the 201s.
        var writes = await CreateRowsAsync(actorIds) - writesBefore;
        Assert.True(writes == created, $"{writes} create rows in the audit log, but {created} creations were answered 201.");
    }

    private static List<Operation> ReadOperations(JsonObject document)
    {
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description") continue;
                var parameters = operation!["parameters"]?.AsArray() ?? [];
                var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"]?.AsObject();
                operations.Add(new Operation(method.ToUpperInvariant(), path, parameters, schema));
            }
        }
        return operations;
    }

    private static IEnumerable<string> MembersOf(JsonObject schema, JsonObject document)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
        return schema["properties"]?.AsObject().Select(p => p.Key) ?? [];
    }

    /// <summary>A body that would be accepted but for the hostile member put in it (changes carry the record's version, so that the hostile value is what they are judged on).</summary>
    private static JsonObject ValidBody(Operation operation, Guid specialistId, string petId, string referralId, IReadOnlyDictionary<string, uint> versions)
    {
        var version = versions.GetValueOrDefault(CollectionOf(operation.Path));
        var body = (operation.Method, operation.Path) switch
        {
            ("POST", "/api/pets") => ApiFixtureHelpers.PetBody(specialistId),
            ("POST", "/api/referrals") => ApiFixtureHelpers.ReferralBody(petId),
            ("POST", "/api/treatment-plans") => ApiFixtureHelpers.PlanBody(petId, referralId),
            ("POST", "/api/interactions") => ApiFixtureHelpers.InteractionBody(petId),
            (_, var path) when path.EndsWith("/status") => new { status = "triaged", reason = "fuzz", version },
            ("PATCH", _) => (object)new { version },
            (_, "/api/auth/login") => new { username = "fuzz-nobody", password = "wrong-password" },
            (_, "/api/auth/signup") => new { username = "fuzz", email = "fuzz@test.example", password = "Fuzz-password-2026", fullName = "Fuzz" },
            (_, var path) when path.EndsWith("/role") => new { role = "specialist" },
            _ => new { },
        };
        return System.Text.Json.JsonSerializer.SerializeToNode(body, ApiFixtureHelpers.Json)!.AsObject();
    }

    private static string FillPath(string template, string? name, string? value, IReadOnlyDictionary<string, string> records, Guid victim, string petId)
    {
        var parts = template.Split('/');
        var collection = parts.ElementAtOrDefault(2) ?? "";
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].StartsWith('{')) continue;
            var parameter = parts[i].Trim('{', '}');
            parts[i] = parameter == name ? value!
                : collection == "users" ? victim.ToString()
                : parameter is "a" or "b" ? "1"
                : records.GetValueOrDefault(collection, petId);
        }
        return string.Join('/', parts);
    }

    private static HttpRequestMessage Request(string method, string url, string? json)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null && method is not "GET") request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    private async Task<long> CreateRowsAsync(Guid[] actorIds) => await api.ScalarAsync<long>(
        "select count(*) from audit_entries where action = 'create' and entity_type <> 'user' and actor_id = any(@actors)", ("actors", actorIds));

    private static string CollectionOf(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) ?? "";

    private static string Shorten(string text, int length = 40) => text.Length <= length ? text : text[..length] + "…";
}

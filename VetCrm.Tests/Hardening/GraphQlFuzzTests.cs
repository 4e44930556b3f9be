using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.GraphQl;
using VetCrm.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// Walks every query and mutation of the running API's GraphQL schema, as its introspection tells them — every argument
/// and every member of an input argument — with hostile values, as every role and anonymously. Asserts that nothing
/// answers 5xx, that a request either does not run (400, naming the bad value) or fails only with refusals
/// (NOT_FOUND, FORBIDDEN, CONFLICT, BAD_USER_INPUT: never a resolver's unhandled error), and that refused mutations
/// changed nothing. Deterministic (fixed seed) and bounded in requests (every probe, at the schema's present size).
/// </summary>
[Collection("stack")]
public sealed class GraphQlFuzzTests(StackFixture stack, ITestOutputHelper output)
{
    private const int Seed = 2121;
    private const int MaxRequests = 4000;
    private static readonly string[] RefusalCodes = ["NOT_FOUND", "FORBIDDEN", "CONFLICT", "BAD_USER_INPUT"];
    private readonly ApiFixtureHelpers api = new(stack);

    private const string Introspection = """
        { __schema {
            types { name kind inputFields { name type { ...T } } }
            queryType { fields { name args { name type { ...T } } type { ...T } } }
            mutationType { fields { name args { name type { ...T } } type { ...T } } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    /// <summary>Hostile values per scalar, as JSON variable values (what an integrator's client would send).</summary>
    private static readonly Dictionary<string, JsonNode?[]> Hostile = new()
    {
        ["String"] = ["", "   ", new string('x', 5000), "' OR 1=1; --", "\u202e💥", "-createdAt", "%_\\", "<script>alert(1)</script>", "a\u0000b", "\ud800",
            "0001-01-01T00:00:00Z", "9999-12-31", 5, null],
        ["ID"] = ["", "x", "1", 5, "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", new string('0', 5000), "' OR 1=1; --", null],
        ["Int"] = [0, -1, int.MaxValue, int.MinValue, 2147483648L, 1.5, "1", null],
        ["Float"] = [0, -1, 1e308, -1e308, 1.5e-300, "1", null],
        ["Decimal"] = [0, -1, 1e28, -1e28, 1.5e-30, "1", null],
        ["Boolean"] = [true, false, "true", 0, null],
        ["DateTimeOffset"] = ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-01-01",
            "2026-13-01T00:00:00Z", "x", 0, null],
        ["Date"] = ["0001-01-01", "9999-12-31", "2026-02-30", "x", 0, null],
    };

    private static readonly JsonNode?[] HostileOther = ["x", 0, -1, 1e308, true, new JsonArray(), new JsonObject(), null];

    private sealed record Probe(string Operation, string Field, string Role, string Target, string Query, JsonObject Variables);

    [Fact]
    public async Task Every_field_with_hostile_arguments_answers_no_5xx_and_no_unhandled_error_and_refused_mutations_change_nothing()
    {
        using var cast = await FuzzCast.CreateAsync(api);
        var callers = cast.Callers;
        var petId = cast.Records["pets"];
        // Each case record by the word its mutations are named by (updatePet, changeReferralStatus, archiveTreatmentPlan…).
        var records = new Dictionary<string, string> { ["Pet"] = "pets", ["Referral"] = "referrals", ["TreatmentPlan"] = "treatment-plans", ["Interaction"] = "interactions" };
        var versionsBefore = records.ToDictionary(r => r.Key, r => cast.Versions[r.Value]);
        var schema = (await callers["admin"].GraphQlAsync(Introspection)).Ok()["__schema"]!;
        var types = schema["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!.AsObject());
        string IdFor(string name) => records.FirstOrDefault(r => name.Contains(r.Key, StringComparison.OrdinalIgnoreCase)).Value is { } collection ? cast.Records[collection] : petId;

        // A value the field would take, so that the hostile one put in its place is what the request is judged on. An id
        // is a fixture record's, chosen by the name it is passed under (or, for "id", by the field's name).
        JsonNode? Valid(JsonNode type, string name, string field) => Unwrap(type) switch
        {
            (_, true, _) => new JsonArray(Valid(Element(type), name, field)),
            ("ID", _, _) => IdFor(name == "id" ? field : name),
            ("String", _, _) => "fuzz",
            ("Int" or "Float" or "Decimal", _, _) => 1,
            ("Boolean", _, _) => false,
            ("DateTimeOffset", _, _) => "2026-12-01T10:00:00Z",
            ("Date", _, _) => "2026-12-01",
            (var input, _, _) when types[input]["kind"]!.GetValue<string>() == "INPUT_OBJECT" => new JsonObject(types[input]["inputFields"]!.AsArray()
                .Select(member => (Name: member!["name"]!.GetValue<string>(), Type: member["type"]!))
                .Where(member => member.Type["kind"]!.GetValue<string>() == "NON_NULL" || member.Name == "version")
                .Select(member => KeyValuePair.Create(member.Name, member.Name == "version"
                    ? (JsonNode?)versionsBefore.GetValueOrDefault(records.Keys.FirstOrDefault(field.Contains) ?? "")
                    : Valid(member.Type, member.Name, name == "input" ? field : name)))),
            _ => "fuzz",
        };

        var random = new Random(Seed);
        var roles = callers.Keys.ToArray();
        var probes = new List<Probe>();
        foreach (var (operation, root) in new[] { ("query", "queryType"), ("mutation", "mutationType") })
        {
            foreach (var field in schema[root]!["fields"]!.AsArray().Select(f => f!.AsObject()))
            {
                var name = field["name"]!.GetValue<string>();
                var arguments = field["args"]!.AsArray().Select(a => a!.AsObject()).ToList();
                var returned = Unwrap(field["type"]!).Name;
                var selection = types[returned]["kind"]!.GetValue<string>() is "SCALAR" or "ENUM" ? "" : " { __typename }";
                var declared = arguments.Count == 0 ? "" : $"({string.Join(", ", arguments.Select(a => $"${a["name"]}: {Signature(a["type"]!)}"))})";
                var passed = arguments.Count == 0 ? "" : $"({string.Join(", ", arguments.Select(a => $"{a["name"]}: ${a["name"]}"))})";
                var query = $"{operation} Fuzz{declared} {{ {name}{passed}{selection} }}";
                JsonObject ValidArguments() => new(arguments.Select(a => KeyValuePair.Create(a["name"]!.GetValue<string>(), Valid(a["type"]!, a["name"]!.GetValue<string>(), name))));

                probes.Add(new Probe(operation, name, roles[random.Next(roles.Length)], "valid arguments", query, ValidArguments()));
                foreach (var argument in arguments)
                {
                    var argumentName = argument["name"]!.GetValue<string>();
                    foreach (var value in HostileFor(argument["type"]!))
                    {
                        var variables = ValidArguments();
                        variables[argumentName] = value?.DeepClone();
                        probes.Add(new Probe(operation, name, roles[random.Next(roles.Length)], $"{argumentName}={Shorten(value)}", query, variables));
                    }
                    var (input, _, _) = Unwrap(argument["type"]!);
                    if (types[input]["kind"]!.GetValue<string>() != "INPUT_OBJECT") continue;
                    foreach (var member in types[input]["inputFields"]!.AsArray().Select(m => m!.AsObject()))
                    {
                        var memberName = member["name"]!.GetValue<string>();
                        foreach (var value in HostileFor(member["type"]!).Append(new JsonObject { ["id"] = "x" }))
                        {
                            var variables = ValidArguments();
                            if (variables[argumentName] is not JsonObject members) continue;
                            members[memberName] = value?.DeepClone();
                            probes.Add(new Probe(operation, name, roles[random.Next(roles.Length)], $"{argumentName}.{memberName}={Shorten(value)}", query, variables));
                        }
                    }
                }
            }
        }
        Assert.True(probes.Select(p => p.Field).Distinct().Count() >= 60, $"The schema lists only {probes.Select(p => p.Field).Distinct().Count()} fields.");

        // Bounded: every (field, target) keeps its first hostile value; the rest are sampled with the seed.
        var chosen = probes.GroupBy(p => (p.Field, Key: p.Target.Split('=')[0])).Select(g => g.First()).ToList();
        chosen.AddRange(probes.Except(chosen).OrderBy(_ => random.Next()).Take(Math.Max(0, MaxRequests - chosen.Count)));

        var failures = new List<string>();
        var counts = new Dictionary<string, int>();
        var changed = new HashSet<string>();
        await Parallel.ForEachAsync(chosen, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (probe, _) =>
        {
            var answer = await callers[probe.Role].GraphQlAsync(probe.Query, probe.Variables);
            var codes = answer.Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "(none)").ToList();
            var unhandled = answer.Status == HttpStatusCode.OK
                ? answer.Errors.Where((e, i) => !RefusalCodes.Contains(codes[i]) || e!["message"]!.GetValue<string>().StartsWith("Error trying to resolve field")).ToList()
                : [];
            // Anonymous requests are refused before they run (text that cannot be stored is refused before that, with 400).
            var expectedStatus = probe.Role == "anonymous" ? answer.Status is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest
                : answer.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest;
            lock (counts)
            {
                var key = $"{(int)answer.Status} {string.Join("+", codes.Distinct().Order())}";
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (!expectedStatus || unhandled.Count > 0)
                    failures.Add($"{(int)answer.Status} {probe.Field} as {probe.Role} with {probe.Target}: {Shorten(answer.Body.ToJsonString(), 300)}");
                if (probe.Operation == "mutation" && answer.Status == HttpStatusCode.OK && answer.Data?[probe.Field] is not null)
                    changed.UnionWith(records.Keys.Where(probe.Field.Contains));
            }
        });
        output.WriteLine($"{chosen.Count} requests over {chosen.Select(p => p.Field).Distinct().Count()} fields: "
            + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}×{c.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} answers were 5xx, unexpected or unhandled errors:\n" + string.Join("\n", failures.Take(40)));

        // A case record that no mutation was accepted for keeps its version: the refusals changed nothing.
        await cast.AssertUnchangedAsync(changed.Select(name => records[name]).ToHashSet());
    }

    private static IEnumerable<JsonNode?> HostileFor(JsonNode type)
    {
        var (name, list, _) = Unwrap(type);
        var values = Hostile.GetValueOrDefault(name, HostileOther);
        return list ? values.Select(v => (JsonNode?)new JsonArray(v?.DeepClone())).Append(new JsonArray()).Append(null) : values;
    }

    /// <summary>The named type under the list and non-null wrappers, whether there is a list, and whether the outer type is non-null.</summary>
    private static (string Name, bool List, bool Required) Unwrap(JsonNode type)
    {
        var required = type["kind"]!.GetValue<string>() == "NON_NULL";
        var list = false;
        while (type["kind"]!.GetValue<string>() is "NON_NULL" or "LIST")
        {
            list |= type["kind"]!.GetValue<string>() == "LIST";
            type = type["ofType"]!;
        }
        return (type["name"]!.GetValue<string>(), list, required);
    }

    private static JsonNode Element(JsonNode type)
    {
        while (type["kind"]!.GetValue<string>() == "NON_NULL") type = type["ofType"]!;
        return type["kind"]!.GetValue<string>() == "LIST" ? type["ofType"]! : type;
    }

    private static string Signature(JsonNode type) => type["kind"]!.GetValue<string>() switch
    {
        "NON_NULL" => Signature(type["ofType"]!) + "!",
        "LIST" => $"[{Signature(type["ofType"]!)}]",
        _ => type["name"]!.GetValue<string>(),
    };

    private static string Shorten(JsonNode? value, int length = 40) => Shorten(value?.ToJsonString() ?? "null", length);

    private static string Shorten(string text, int length = 40) => text.Length <= length ? text : text[..length] + "…";
}

using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Appointments;
using VetCrm.Tests.Hardening;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Messaging;
using Xunit.Abstractions;

namespace VetCrm.Tests.Contract;

/// <summary>
/// Walks every operation of the running API's OpenAPI document with valid requests, as every role and anonymously, and
/// checks every answer — above all the successes, which the hostile fuzzer rarely reaches — against the document.
/// </summary>
[Collection("stack")]
public sealed class ResponseConformanceTests(StackFixture stack, ITestOutputHelper output)
{
    private readonly ApiFixtureHelpers _api = new(stack);

    [Fact]
    public async Task Every_success_answer_has_the_documented_status_media_type_and_schema()
    {
        using var anonymous = _api.Anonymous();
        var contract = await OpenApiContract.LoadAsync(anonymous);
        using var cast = await FuzzCast.CreateAsync(_api);
        using var victim = await _api.NewUserAsync(null);
        var admin = cast.Callers["admin"];
        var records = new Dictionary<string, string>(cast.Records) { ["rooms"] = (await AppointmentCase.RoomsAsync(admin)).Values.First() };
        var operations = DocumentedOperation.ReadAll(contract.Document).OrderBy(Phase).ToList();
        var answers = 0;
        var succeeded = new HashSet<DocumentedOperation>();
        var statuses = new Dictionary<DocumentedOperation, List<int>>();

        foreach (var operation in operations)
        {
            foreach (var (role, caller) in cast.Callers)
            {
                var path = operation.FillPath(null, null, records, victim.UserId, records["pets"]);
                var answer = await SendAsync(operation, caller, path, admin, cast, records);
                answers++;
                contract.Check(operation.Method, operation.Path, answer);
                statuses.TryAdd(operation, []);
                statuses[operation].Add((int)answer.Status);
                if ((int)answer.Status is >= 200 and < 300) succeeded.Add(operation);
                // What is created, or listed when nothing was, is what the operations on one record of the collection act on.
                var json = answer.Body as JsonObject;
                var made = answer.Status == HttpStatusCode.Created ? json : json?["items"]?.AsArray().FirstOrDefault();
                if ((int)answer.Status is 200 or 201 && !operation.Path.Contains('{') && made?["id"] is JsonValue id) records.TryAdd(operation.Collection, id.ToString());
                if (json?["attachments"]?.AsArray().FirstOrDefault()?["id"] is JsonValue file) records.TryAdd("attachments", file.ToString());
            }
        }

        output.WriteLine($"{answers} answers over {operations.Count} operations; {succeeded.Count} operations answered a success.");
        foreach (var operation in operations.Where(o => !succeeded.Contains(o)))
            output.WriteLine($"  no success: {operation.Method} {operation.Path}: {string.Join(",", statuses[operation])}");
        output.WriteLine(contract.Report());
        contract.AssertNoMismatches();
        Assert.True(succeeded.Count >= operations.Count * 9 / 10, $"Only {succeeded.Count} of {operations.Count} operations answered a success.");
    }

    /// <summary>
    /// The operation's request as the caller would send it to succeed: a message as a form with a file, a search with
    /// its text, a download with the token of the caller's own signed link, a body of the record's current version.
    /// </summary>
    private static async Task<ApiResponse> SendAsync(DocumentedOperation operation, ApiClient caller, string path, ApiClient admin, FuzzCast cast, IReadOnlyDictionary<string, string> records)
    {
        if (operation.Path == "/api/message-threads/{id}/messages")
            return await Threads.SendAsync(caller, path.Split('/')[3], "Echo report attached.", new Threads.FilePart("echo.png", "image/png", Threads.Png));
        if (operation.Path == "/api/search") path += "?q=Biscuit";
        if (operation.Path == "/api/attachments/{id}" && (await caller.PostAsync($"{path}/link")).Body?["token"] is JsonValue token)
            path += $"?token={Uri.EscapeDataString(token.GetValue<string>())}";
        var body = operation.BodySchema is null ? null : await LiveBodyAsync(admin, operation, cast.ValidBody(operation, records), records);
        using var request = operation.Request(path, body?.ToJsonString());
        return await caller.SendAsync(request);
    }

    /// <summary>
    /// Creates first (their records are the others' targets), reads, then changes, then what ends a record (and a
    /// download, whose file a message of the changes sent), and logout last.
    /// </summary>
    private static int Phase(DocumentedOperation operation) =>
        operation.Path.EndsWith("/logout") ? 4
        : operation.Path.EndsWith("/archive") || operation.Method == "DELETE" || operation.Path == "/api/attachments/{id}" ? 3
        : operation.Method == "GET" ? 1
        : operation.Method == "POST" && !operation.Path.Contains('{') ? 0
        : 2;

    /// <summary>The body with the version the record has now and, for a move, a status it may move to now.</summary>
    private static async Task<JsonObject> LiveBodyAsync(ApiClient admin, DocumentedOperation operation, JsonObject body, IReadOnlyDictionary<string, string> records)
    {
        if (!body.ContainsKey("version") || !records.TryGetValue(operation.Collection, out var id)) return body;
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/{operation.Collection}/{id}");
        read.Headers.Add("X-Live-Refresh", "true");
        if ((await admin.SendAsync(read)).Body is not JsonObject current) return body;
        body["version"] = current["version"]!.DeepClone();
        if (body.ContainsKey("status") && current["nextStatuses"] is JsonArray { Count: > 0 } next) body["status"] = next[0]!.DeepClone();
        return body;
    }
}

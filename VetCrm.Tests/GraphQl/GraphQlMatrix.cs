using System.Text.Json;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.GraphQl;

/// <summary>
/// Runs an access-matrix operation over GraphQL: the same body as REST (references become IDs), the field of the
/// record type, and the answer's error code mapped to the REST status it stands for.
/// </summary>
public static class GraphQlMatrix
{
    public static async Task<MatrixAnswer> SendAsync(ApiClient actor, MatrixRequest request)
    {
        var type = request.Records switch
        {
            "pets" => "Pet",
            "referrals" => "Referral",
            "treatment-plans" => "TreatmentPlan",
            "interactions" => "Interaction",
            "appointments" => "Appointment",
            "tasks" => "Task",
            "scores" => "Score",
            "equipment-items" => "EquipmentItem",
            "equipment-loans" => "EquipmentLoan",
            "message-threads" => "MessageThread",
            "messages" => "Message",
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };
        var field = char.ToLowerInvariant(type[0]) + type[1..];
        var input = request.Body is null ? null : Input(request.Body);
        // Mutations are named for what staff do: a score is recorded, a loan lent and returned, a task moved with its own input.
        var (create, createInput) = type switch
        {
            "Score" => ("recordScore", "RecordScoreInput"),
            "EquipmentLoan" => ("lendEquipment", "LendEquipmentInput"),
            _ => ($"create{type}", $"Create{type}Input"),
        };
        var (move, moveInput) = type switch
        {
            "EquipmentLoan" => ("returnEquipment", "EquipmentLoanStatusChangeInput"),
            "Task" => ("changeTaskStatus", "TaskStatusInput"),
            _ => ($"change{type}Status", $"{type}StatusChangeInput"),
        };
        var textFilter = request.Records is "pets" or "equipment-items";
        var (query, variables, resultField) = request.Operation switch
        {
            "read" => ($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", (object)new { id = request.Id }, field),
            "list" => ($"query($filter: {(textFilter ? "String" : "ID")}) {{ {field}s({request.ListFilter.Name}: $filter, limit: 200) {{ items {{ id }} nextCursor }} }}",
                new { filter = request.ListFilter.Value }, field + "s"),
            "create" when type == "MessageThread" => ("mutation($pet: ID!, $subject: String!, $participants: [ID!]!, $body: String!) " +
                "{ startMessageThread(pet: $pet, subject: $subject, participants: $participants, body: $body) { id } }",
                new { pet = input!["pet"], subject = input["subject"], participants = input["participants"]!.AsArray().Select(p => p!["id"]!.DeepClone()).ToArray(), body = input["body"] },
                "startMessageThread"),
            "create" when type == "Message" => ("mutation($thread: ID!, $body: String!) { sendMessage(thread: $thread, body: $body) { id } }",
                new { thread = request.Id, body = input!["body"] }, "sendMessage"),
            "create" => ($"mutation($input: {createInput}!) {{ {create}(input: $input) {{ id }} }}", new { input }, create),
            "update" => ($"mutation($id: ID!, $input: Update{type}Input!) {{ update{type}(id: $id, input: $input) {{ id }} }}", new { id = request.Id, input }, $"update{type}"),
            "status" => ($"mutation($id: ID!, $input: {moveInput}!) {{ {move}(id: $id, input: $input) {{ id }} }}", new { id = request.Id, input }, move),
            "reassign" => ($"mutation($id: ID!, $input: Reassign{type}Input!) {{ reassign{type}(id: $id, input: $input) {{ id }} }}", new { id = request.Id, input }, $"reassign{type}"),
            "archive" => ($"mutation($id: ID!) {{ archive{type}(id: $id) {{ id }} }}", new { id = request.Id }, $"archive{type}"),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };
        var response = await actor.GraphQlAsync(query, variables);
        var text = response.Body.ToJsonString();
        if (response.Errors.Count == 0)
        {
            var data = response.Ok()[resultField]!;
            var ids = data["items"] is JsonArray items ? items.Select(i => i!["id"]!.GetValue<string>()).ToList() : [];
            return new MatrixAnswer(request.Operation == "create" ? 201 : 200, ids, [], text);
        }
        var error = response.Errors.Single()!;
        // Every refusal names where it happened: the field that was asked.
        Assert.Equal(resultField, error["path"]?[0]?.GetValue<string>());
        var status = response.ErrorCode() switch
        {
            "NOT_FOUND" => 404,
            "FORBIDDEN" => 403,
            "BAD_USER_INPUT" => 400,
            "CONFLICT" => 409,
            var code => throw new InvalidOperationException($"Unexpected error code {code}: {text}"),
        };
        var fields = error["extensions"]?["fieldErrors"] is JsonObject named ? named.Select(f => f.Key).ToList() : [];
        return new MatrixAnswer(status, [], fields, text);
    }

    /// <summary>A REST body as GraphQL input: <c>{"id": x}</c> references become the id itself.</summary>
    public static JsonObject Input(object body)
    {
        var json = body as JsonObject ?? JsonSerializer.SerializeToNode(body is string raw ? JsonNode.Parse(raw) : body, ApiFixtureHelpers.Json)!.AsObject();
        var input = new JsonObject();
        foreach (var (name, value) in json)
            input[name] = value is JsonObject { Count: 1 } reference && reference["id"] is { } id ? id.DeepClone() : value?.DeepClone();
        return input;
    }
}

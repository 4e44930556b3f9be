using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Data.Records;
using VetCrm.Tests.Api;
using VetCrm.Tests.GraphQl;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Contract;

/// <summary>
/// Each status move is typed for its own record: in the OpenAPI document every status route's body lists exactly the
/// statuses of its record type's workflow, the GraphQL status inputs take that record type's enum, and a status of
/// another record is refused by name (400 over REST, a validation error over GraphQL), never a 500.
/// </summary>
[Collection("stack")]
public sealed class StatusRequestTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers _api = new(stack);

    /// <summary>Every status route and status mutation, with the record type whose workflow it moves.</summary>
    private static readonly Dictionary<string, RecordType> RestRoutes = new()
    {
        ["/api/referrals/{id}/status"] = RecordTypes.Referral,
        ["/api/treatment-plans/{id}/status"] = RecordTypes.TreatmentPlan,
        ["/api/appointments/{id}/status"] = RecordTypes.Appointment,
        ["/api/tasks/{id}/status"] = RecordTypes.CareTask,
        ["/api/equipment-loans/{id}/status"] = RecordTypes.EquipmentLoan,
    };

    private static readonly Dictionary<string, RecordType> Mutations = new()
    {
        ["changeReferralStatus"] = RecordTypes.Referral,
        ["changeTreatmentPlanStatus"] = RecordTypes.TreatmentPlan,
        ["changeAppointmentStatus"] = RecordTypes.Appointment,
        ["changeTaskStatus"] = RecordTypes.CareTask,
        ["returnEquipment"] = RecordTypes.EquipmentLoan,
    };

    [Fact]
    public async Task Every_status_route_documents_exactly_the_statuses_of_its_record()
    {
        var document = await DocumentAsync();
        var routes = document["paths"]!.AsObject().Where(p => p.Key.EndsWith("/status", StringComparison.Ordinal) && p.Value!["post"] is not null).ToList();
        // A status route the table does not know fails here, so a new one cannot ship with a free-text status.
        Assert.Equal(RestRoutes.Keys.Order(), routes.Select(r => r.Key).Order());
        var bodies = new HashSet<string>();
        foreach (var (path, item) in routes)
        {
            var reference = (string)item!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!;
            bodies.Add(reference);
            var status = document["components"]!["schemas"]![reference.Split('/')[^1]]!["properties"]!["status"]!;
            Assert.True(status["enum"] is JsonArray, $"{path}: status has no enum: {status.ToJsonString()}");
            Assert.Equal(RestRoutes[path].Status!.Values.Order(), status["enum"]!.AsArray().Select(v => (string)v!).Order());
        }
        Assert.Equal(routes.Count, bodies.Count);
        Assert.Null(document["components"]!["schemas"]!["StatusChangeRequest"]);
    }

    [Fact]
    public async Task Every_status_mutation_takes_the_enum_of_its_record()
    {
        using var coordinator = await _api.NewUserAsync("coordinator");
        var fields = (await coordinator.GraphQlAsync("""
            { __schema { mutationType { fields { name args { name type { ofType { name inputFields { name type { kind name enumValues { name } } } } } } } } } }
            """)).Ok()["__schema"]!["mutationType"]!["fields"]!.AsArray();
        var moves = fields.Where(f => (string)f!["name"]! is var name && (name.StartsWith("change", StringComparison.Ordinal) && name.EndsWith("Status", StringComparison.Ordinal) || Mutations.ContainsKey(name))).ToList();
        Assert.Equal(Mutations.Keys.Order(), moves.Select(f => (string)f!["name"]!).Order());
        foreach (var move in moves)
        {
            var name = (string)move!["name"]!;
            var input = move["args"]!.AsArray().Single(a => (string)a!["name"]! == "input")!["type"]!["ofType"]!;
            var status = input["inputFields"]!.AsArray().Single(f => (string)f!["name"]! == "status")!["type"]!;
            Assert.True((string?)status["kind"] == "ENUM", $"{name}: status is {status.ToJsonString()}");
            Assert.Equal(Mutations[name].Status!.Values.Order(), status["enumValues"]!.AsArray().Select(v => (string)v!["name"]!).Order());
        }
    }

    [Fact]
    public async Task A_status_of_another_record_is_refused_by_name_over_rest_and_graphql()
    {
        using var coordinator = await _api.NewUserAsync("coordinator");
        using var specialist = await _api.NewUserAsync("specialist");
        var document = await DocumentAsync();
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var referralStatuses = Enum(document, "/api/referrals/{id}/status");
        var foreign = Enum(document, "/api/treatment-plans/{id}/status").Concat(Enum(document, "/api/appointments/{id}/status"))
            .Except(referralStatuses).Append("TRIAGED").Append("triaged'; --").ToList();
        Assert.NotEmpty(foreign);

        foreach (var status in foreign)
        {
            var refused = (await coordinator.MoveAsync("referrals", referral, status, "wrong workflow")).Expect(HttpStatusCode.BadRequest);
            Assert.Contains(referralStatuses[0], refused.ErrorsFor("status")[0]);
        }
        var version = (await coordinator.GetAsync($"/api/referrals/{referral}")).Expect(HttpStatusCode.OK).Version;
        var notText = await coordinator.PostAsync($"/api/referrals/{referral}/status", new { status = 3, reason = "number", version });
        Assert.NotEmpty(notText.Expect(HttpStatusCode.BadRequest).ErrorsFor("status"));

        // GraphQL refuses another record's status before anything runs, naming the argument, the field and the enum.
        var literal = await coordinator.GraphQlAsync("""
            mutation($id: ID!) { changeReferralStatus(id: $id, input: { status: onHold, reason: "wrong workflow" }) { status } }
            """, new { id = referral });
        Assert.Equal(HttpStatusCode.BadRequest, literal.Status);
        var message = (string)literal.Errors.Single()!["message"]!;
        Assert.Contains("input", message);
        Assert.Contains("status", message);
        Assert.Contains("ReferralStatus", message);
        var variable = await coordinator.GraphQlAsync("""
            mutation($id: ID!, $input: ReferralStatusChangeInput!) { changeReferralStatus(id: $id, input: $input) { status } }
            """, new { id = referral, input = new { status = "onHold", reason = "wrong workflow", version } });
        Assert.NotEqual(HttpStatusCode.InternalServerError, variable.Status);
        Assert.Null(variable.Data?["changeReferralStatus"]);
        Assert.Contains("status", (string)variable.Errors.Single()!["message"]!);

        // Nothing moved; the record's own status, typed as its enum, still moves it.
        var moved = (await coordinator.GraphQlAsync("""
            mutation($id: ID!, $input: ReferralStatusChangeInput!) { changeReferralStatus(id: $id, input: $input) { status } }
            """, new { id = referral, input = new { status = "triaged", reason = "history in", version } })).Ok()["changeReferralStatus"]!;
        Assert.Equal("triaged", (string?)moved["status"]);
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var anonymous = _api.Anonymous();
        return (await anonymous.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK).Object;
    }

    private static List<string> Enum(JsonObject document, string path)
    {
        var reference = (string)document["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!;
        return [.. document["components"]!["schemas"]![reference.Split('/')[^1]]!["properties"]!["status"]!["enum"]!.AsArray().Select(v => (string)v!)];
    }
}

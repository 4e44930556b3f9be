using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.GraphQl;

/// <summary>How /graphql answers beyond the happy path: field errors with paths, limits, batching, hidden fields, the transport.</summary>
[Collection("stack")]
public sealed class GraphQlBehaviourTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Refused_input_names_the_field_and_the_path_and_hostile_text_comes_back_verbatim()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var invalid = await coordinator.GraphQlAsync("""
            mutation($input: CreatePetInput!) { createPet(input: $input) { id } }
            """, new { input = new { petName = new string('x', 101), species = "canine", medicalHistorySummary = "m", ownerName = "o", ownerPhone = "1", assignedSpecialist = specialist.UserId } });
        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.Equal("BAD_USER_INPUT", invalid.ErrorCode());
        Assert.Equal("createPet", invalid.Errors[0]!["path"]![0]!.GetValue<string>());
        Assert.Contains("at most 100", invalid.Errors[0]!["extensions"]!["fieldErrors"]!["petName"]![0]!.GetValue<string>());
        Assert.Null(invalid.Data?["createPet"]);

        var hostile = "Rex'); DROP TABLE pets; -- <script>alert(1)</script> \"ü\\";
        var created = (await coordinator.GraphQlAsync("""
            mutation($input: CreatePetInput!) { createPet(input: $input) { id petName version } }
            """, new { input = new { petName = hostile, species = "canine", medicalHistorySummary = "m", ownerName = "o", ownerPhone = "1", assignedSpecialist = specialist.UserId } })).Ok()["createPet"]!;
        Assert.Equal(hostile, created["petName"]!.GetValue<string>());

        // A stale version is a CONFLICT naming version; a missing one is bad input.
        var id = created["id"]!.GetValue<string>();
        var stale = await coordinator.GraphQlAsync("mutation($id: ID!) { updatePet(id: $id, input: { version: 1, ownerPhone: \"2\" }) { id } }", new { id });
        Assert.Equal("CONFLICT", stale.ErrorCode());
        var missing = await coordinator.GraphQlAsync("mutation($id: ID!) { updatePet(id: $id, input: { ownerPhone: \"2\" }) { id } }", new { id });
        Assert.Equal("BAD_USER_INPUT", missing.ErrorCode());
        Assert.NotNull(missing.Errors[0]!["extensions"]!["fieldErrors"]!["version"]);

        // A list's bad argument is named too, and one failing field leaves its siblings' data.
        var mixed = await coordinator.GraphQlAsync("{ me { username } referrals(status: \"lost\") { items { id } } }");
        Assert.Equal(coordinator.UserName, mixed.Data!["me"]!["username"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", mixed.ErrorCode());
        Assert.Equal("referrals", mixed.Errors[0]!["path"]![0]!.GetValue<string>());
        Assert.NotNull(mixed.Errors[0]!["extensions"]!["fieldErrors"]!["status"]);
    }

    [Fact]
    public async Task A_document_that_does_not_fit_the_schema_answers_400_with_locations()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        var unknown = await coordinator.GraphQlAsync("{ pets { items { id favouriteToy } } }");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("favouriteToy", unknown.Errors[0]!["message"]!.GetValue<string>());
        Assert.NotNull(unknown.Errors[0]!["locations"]);

        var syntax = await coordinator.GraphQlAsync("{ pets { items { id }");
        Assert.Equal(HttpStatusCode.BadRequest, syntax.Status);
        Assert.Equal("SYNTAX_ERROR", syntax.ErrorCode());

        using var notJson = new StringContent("{ pets { items { id } } }", Encoding.UTF8, "application/graphql");
        using var unsupported = await coordinator.Http.PostAsync("/graphql", notJson);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.StatusCode);
    }

    [Fact]
    public async Task Too_deep_or_too_complex_documents_are_refused_before_running()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        // The deepest useful query of the schema runs.
        (await coordinator.GraphQlAsync("{ interactions(limit: 1) { items { treatmentPlan { referral { statusHistory { changedBy { username } } } } } } }")).Ok();

        // GraphiQL's introspection (ofType seven deep) runs.
        var graphiql = "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 7)) + "name" + new string('}', 7) + " } } } } }";
        (await coordinator.GraphQlAsync(graphiql)).Ok();

        // Data queries end at depth 7 (the schema has no cycles); introspection nests ofType in ofType without end.
        var ofTypes = string.Concat(Enumerable.Repeat("ofType { ", 20)) + "name" + new string('}', 20);
        var deep = await coordinator.GraphQlAsync($"{{ __type(name: \"Pet\") {{ fields {{ type {{ {ofTypes} }} }} }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, deep.Status);
        Assert.Contains("nested", deep.Errors[0]!["message"]!.GetValue<string>());

        var wide = new StringBuilder("{");
        for (var i = 0; i < 60; i++) wide.Append($" a{i}: interactions(limit: 200) {{ items {{ treatmentPlan {{ versions {{ changedFields savedBy {{ username }} }} }} }} }}");
        var complex = await coordinator.GraphQlAsync(wide.Append(" }").ToString());
        Assert.Equal(HttpStatusCode.BadRequest, complex.Status);
        Assert.Contains("complex", complex.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nested_references_cost_one_SQL_command_per_level_whatever_the_page_size()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var pets = new List<string>();
        for (var p = 0; p < 3; p++)
        {
            var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"Sql{Guid.NewGuid():N}"[..20]));
            var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
            var plan = await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral));
            for (var i = 0; i < 4; i++)
            {
                var log = GraphQlMatrix.Input(ApiFixtureHelpers.InteractionBody(pet));
                log["treatmentPlan"] = plan;
                (await specialist.GraphQlAsync("mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id } }", new { input = log })).Ok();
            }
            pets.Add(pet);
        }
        const string query = """
            query($user: ID!, $limit: Int!, $cursor: String) { interactions(user: $user, limit: $limit, cursor: $cursor) { items { id
              user { username } pet { petName assignedSpecialist { username } }
              treatmentPlan { planTitle createdBy { fullName } referral { referralNumber receivedBy { username } pet { petName } } versions { versionNumber } }
            } nextCursor } }
            """;
        await specialist.GraphQlAsync("{ me { id } }"); // the caller's first request also looks the user up

        // 12 logs: one page of 12, then pages of 5 (more than one page): every page costs the same commands.
        var whole = await specialist.GraphQlAsync(query, new { user = specialist.UserId, limit = 12 });
        var items = whole.Ok()["interactions"]!["items"]!.AsArray();
        Assert.Equal(12, items.Count);
        Assert.All(items, i => Assert.Equal(specialist.UserName, i!["user"]!["username"]!.GetValue<string>()));
        Assert.All(items, i => Assert.NotNull(i!["treatmentPlan"]!["referral"]!["pet"]!["petName"]));
        // At most one command per level and kind: the list; users, pets, plans; users, referrals, versions; users, pets.
        Assert.InRange(whole.SqlCommands, 1, 9);

        string? cursor = null;
        var seen = 0;
        do
        {
            var page = await specialist.GraphQlAsync(query, new { user = specialist.UserId, limit = 5, cursor });
            var data = page.Ok()["interactions"]!;
            seen += data["items"]!.AsArray().Count;
            Assert.Equal(whole.SqlCommands, page.SqlCommands);
            cursor = data["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        Assert.Equal(12, seen);
    }

    [Fact]
    public async Task A_page_reads_field_for_field_as_REST_and_a_repeated_document_selects_by_each_requests_variables()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        const string restPage = "/api/referrals?include=pet&order=-receivedAt&limit=60";
        var existing = (await coordinator.GetAsync(restPage)).Expect(HttpStatusCode.OK).Object["items"]!.AsArray().Count;
        if (existing < 51)
        {
            var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
            for (var i = existing; i < 51; i++) await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        }

        // More than a default page, each row's timestamps, dates, numbers, lists and nested record as REST writes them.
        var rest = (await coordinator.GetAsync(restPage)).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        var graph = (await coordinator.GraphQlAsync("""
            { referrals(order: "-receivedAt", limit: 60) { items { id referralNumber referralReason status priority version receivedAt createdAt
              updatedAt archivedAt allowedActions nextStatuses pet { id petName dateOfBirth createdAt version } } } }
            """)).Ok()["referrals"]!["items"]!.AsArray();
        Assert.InRange(graph.Count, 51, 60);
        Assert.Equal(rest.Count, graph.Count);
        string[] fields = ["id", "referralNumber", "referralReason", "status", "priority", "version", "receivedAt", "createdAt", "updatedAt", "archivedAt", "allowedActions", "nextStatuses"];
        string[] petFields = ["id", "petName", "dateOfBirth", "createdAt", "version"];
        for (var i = 0; i < rest.Count; i++)
        {
            foreach (var field in fields) Assert.True(JsonNode.DeepEquals(rest[i]![field], graph[i]![field]), $"row {i}, {field}: REST {rest[i]![field]?.ToJsonString()}, GraphQL {graph[i]![field]?.ToJsonString()}");
            foreach (var field in petFields) Assert.True(JsonNode.DeepEquals(rest[i]!["pet"]![field], graph[i]!["pet"]![field]), $"row {i}, pet.{field}");
        }

        // The same document text again and again (parsed once, then cached): each request's variables decide what it selects.
        const string optional = "query($withPet: Boolean!, $withoutStatus: Boolean!) { referrals(limit: 3) { items { id pet @include(if: $withPet) { id } status @skip(if: $withoutStatus) } } }";
        foreach (var (withPet, withoutStatus) in new[] { (true, false), (false, true), (true, true), (false, false) })
        {
            var items = (await coordinator.GraphQlAsync(optional, new { withPet, withoutStatus })).Ok()["referrals"]!["items"]!.AsArray();
            Assert.Equal(3, items.Count);
            Assert.All(items, item => Assert.Equal(withPet, item!.AsObject().ContainsKey("pet")));
            Assert.All(items, item => Assert.Equal(!withoutStatus, item!.AsObject().ContainsKey("status")));
        }
    }

    [Fact]
    public async Task Client_care_gets_null_clinical_notes_everywhere_and_no_referrals()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        using var care = await api.NewUserAsync("clientCare");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        var plan = await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral));
        var log = GraphQlMatrix.Input(ApiFixtureHelpers.InteractionBody(pet));
        log["treatmentPlan"] = plan;
        log["referral"] = referral;
        (await specialist.GraphQlAsync("mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id } }", new { input = log })).Ok();

        const string query = """
            query($pet: ID!, $plan: ID!) {
              treatmentPlan(id: $plan) { diagnosisNotes medicationNotes clientInstructions versions { snapshot } }
              treatmentPlans(pet: $pet) { items { diagnosisNotes medicationNotes } }
              interactions(pet: $pet) { items { referralId referral { id } treatmentPlan { diagnosisNotes medicationNotes } } }
              case(pet: $pet) { referrals { referral { id } } plans { plan { diagnosisNotes } versions { snapshot } } }
            }
            """;
        var seen = (await care.GraphQlAsync(query, new { pet, plan })).Ok();
        Assert.Null(seen["treatmentPlan"]!["diagnosisNotes"]);
        Assert.Null(seen["treatmentPlan"]!["medicationNotes"]);
        Assert.Equal("Count resting breaths nightly.", seen["treatmentPlan"]!["clientInstructions"]!.GetValue<string>());
        var snapshots = seen["treatmentPlan"]!["versions"]!.AsArray().Concat(seen["case"]!["plans"]![0]!["versions"]!.AsArray()).Select(v => v!["snapshot"]!.AsObject()).ToList();
        Assert.NotEmpty(snapshots);
        Assert.All(snapshots, s => Assert.False(s.ContainsKey("diagnosisNotes") || s.ContainsKey("medicationNotes"), s.ToJsonString()));
        Assert.All(seen["treatmentPlans"]!["items"]!.AsArray(), p => Assert.Null(p!["diagnosisNotes"]));
        var entry = seen["interactions"]!["items"]![0]!;
        Assert.Null(entry["treatmentPlan"]!["diagnosisNotes"]);
        Assert.Null(entry["treatmentPlan"]!["medicationNotes"]);
        Assert.Equal(referral, entry["referralId"]!.GetValue<string>());
        Assert.Null(entry["referral"]); // out of client care's reach, as REST leaves the bare reference
        Assert.Null(seen["case"]!["referrals"]);

        var clinician = (await specialist.GraphQlAsync(query, new { pet, plan })).Ok();
        Assert.Equal("Echo: LA:Ao 1.9.", clinician["treatmentPlan"]!["diagnosisNotes"]!.GetValue<string>());
        Assert.Equal("Echo: LA:Ao 1.9.", clinician["interactions"]!["items"]![0]!["treatmentPlan"]!["diagnosisNotes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unstorable_text_is_refused_hostile_text_reads_back_on_a_page_and_a_logged_out_token_reads_nothing()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var owner = $"Owner {Guid.NewGuid():N}";
        foreach (var unstorable in new[] { "\\u0000", "\\ud800" })
        {
            // Sent as raw JSON: the escapes must reach the server as they are.
            var body = "{\"query\":\"mutation($input: CreatePetInput!) { createPet(input: $input) { id } }\",\"variables\":{\"input\":{\"petName\":\"Rex"
                + unstorable + "\",\"species\":\"canine\",\"medicalHistorySummary\":\"m\",\"ownerName\":\"" + owner
                + "\",\"ownerPhone\":\"1\",\"assignedSpecialist\":\"" + specialist.UserId + "\"}}}";
            using var response = await coordinator.Http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(answer["data"]);
            Assert.Equal("BAD_REQUEST", answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            // NUL is named by its variable's path; a lone surrogate does not even read as JSON text.
            var message = answer["errors"]![0]!["message"]!.GetValue<string>();
            Assert.True(message.Contains("variables.input.petName") || message.Contains("not a GraphQL request"), message);
            // Searching with it changes nothing and fails nothing either.
            using var search = await coordinator.Http.PostAsync("/graphql", new StringContent(
                "{\"query\":\"query($q: String) { pets(q: $q) { items { id } } }\",\"variables\":{\"q\":\"Rex" + unstorable + "\"}}", Encoding.UTF8, "application/json"));
            var searched = JsonNode.Parse(await search.Content.ReadAsStringAsync())!;
            Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
            Assert.Equal("BAD_REQUEST", searched["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Null(searched["data"]);
            // The same text written into the document itself is refused before it runs.
            var literal = await coordinator.GraphQlAsync($$"""{ pets(q: "Rex{{unstorable}}") { items { id } } }""");
            Assert.Equal(HttpStatusCode.BadRequest, literal.Status);
            Assert.Null(literal.Data);
        }
        Assert.Equal(0, await api.ScalarAsync<long>("SELECT count(*) FROM pets WHERE owner_name = @owner", ("owner", owner)));

        // Hostile text stored through one interface reads back verbatim in a GraphQL page of more than one page, row after row.
        var hostile = "Rex'); DROP TABLE pets; -- <script>alert(1)</script> \"ü\\ \u202e🐾";
        for (var i = 0; i < 3; i++)
            await ApiFixtureHelpers.CreateAsync(coordinator, "pets", new
            {
                petName = $"{hostile} {i}", species = "canine", medicalHistorySummary = "m", ownerName = owner, ownerPhone = "1",
                assignedSpecialist = new { id = specialist.UserId },
            });
        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await coordinator.GraphQlAsync("""
                query($q: String, $cursor: String) { pets(q: $q, limit: 2, cursor: $cursor) { nextCursor items { petName ownerName allowedActions } } }
                """, new { q = owner, cursor })).Ok()["pets"]!;
            names.AddRange(page["items"]!.AsArray().Select(p => p!["petName"]!.GetValue<string>()));
            Assert.All(page["items"]!.AsArray(), p => Assert.Equal(owner, p!["ownerName"]!.GetValue<string>()));
            Assert.All(page["items"]!.AsArray(), p => Assert.Contains("update", p!["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>())));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        Assert.Equal(Enumerable.Range(0, 3).Select(i => $"{hostile} {i}").Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));

        // After logout the same token reads nothing over GraphQL either.
        (await coordinator.PostAsync("/api/auth/logout")).Expect(HttpStatusCode.NoContent);
        var afterLogout = await coordinator.GraphQlAsync("query($q: String) { pets(q: $q) { items { petName } } }", new { q = owner });
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.Status);
        Assert.Equal("UNAUTHENTICATED", afterLogout.ErrorCode());
        Assert.Null(afterLogout.Data);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_no_role_gets_FORBIDDEN_and_only_admins_read_users_and_audit()
    {
        using var anonymous = api.Anonymous();
        var denied = await anonymous.GraphQlAsync("{ pets { items { id } } }");
        Assert.Equal(HttpStatusCode.Unauthorized, denied.Status);
        Assert.Equal("UNAUTHENTICATED", denied.ErrorCode());
        Assert.Null(denied.Data);

        using var none = await api.NewUserAsync(null);
        var me = await none.GraphQlAsync("{ me { username role } pets { items { id } } }");
        Assert.Equal(none.UserName, me.Data!["me"]!["username"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", me.ErrorCode());

        using var specialist = await api.NewUserAsync("specialist");
        var users = await specialist.GraphQlAsync("{ users { items { id } } }");
        Assert.Equal("FORBIDDEN", users.ErrorCode());
        var audit = await specialist.GraphQlAsync("{ audit { items { id } } }");
        Assert.Equal("FORBIDDEN", audit.ErrorCode());

        using var admin = await api.AdminAsync();
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var read = (await admin.GraphQlAsync("query($id: ID!) { pet(id: $id) { id } }", new { id = pet })).Ok();
        var log = (await admin.GraphQlAsync("""
            query($id: String) { users(role: "specialist", limit: 200) { items { username role } } audit(entityId: $id, action: "read") { items { action entityType actor { username } } } }
            """, new { id = pet })).Ok();
        Assert.All(log["users"]!["items"]!.AsArray(), u => Assert.Equal("specialist", u!["role"]!.GetValue<string>()));
        var reads = log["audit"]!["items"]!.AsArray();
        Assert.Single(reads); // the GraphQL read by id is audited as a person's read, like REST's
        Assert.Equal("admin", reads[0]!["actor"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task GET_runs_queries_not_mutations_and_serves_the_playground_to_browsers()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        var query = Uri.EscapeDataString("query($n: String) { me { username } pets(q: $n) { items { id } } }");
        var get = await coordinator.GetAsync($"/graphql?query={query}&variables={Uri.EscapeDataString("{\"n\":\"zz-none\"}")}");
        get.Expect(HttpStatusCode.OK);
        Assert.Equal(coordinator.UserName, get.Body!["data"]!["me"]!["username"]!.GetValue<string>());
        Assert.Empty(get.Body!["data"]!["pets"]!["items"]!.AsArray());

        var mutation = Uri.EscapeDataString("mutation { archivePet(id: \"00000000-0000-0000-0000-000000000000\") { id } }");
        (await coordinator.GetAsync($"/graphql?query={mutation}")).Expect(HttpStatusCode.MethodNotAllowed);

        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.ParseAdd("text/html");
        using var anonymous = api.Anonymous();
        var page = await anonymous.SendAsync(browser);
        page.Expect(HttpStatusCode.OK);
        Assert.Contains("graphiql", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", page.Text); // vendored: nothing from a CDN
        foreach (var asset in new[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js" })
            (await anonymous.GetAsync($"/graphql/playground/{asset}")).Expect(HttpStatusCode.OK);
    }
}

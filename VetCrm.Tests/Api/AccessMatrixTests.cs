using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>
/// The access matrix, cell by cell: role × record × read/list/create/update/status/archive on one case (a pet created by
/// "coordinator", assigned to "specialist", its referral already scheduled, i.e. out of the intake queue), seen by
/// the case's own coordinator and specialist and by others of the same roles. 404 = out of reach, 403 = visible
/// but not allowed (or no role at all).
/// </summary>
[Collection("stack")]
public sealed class AccessMatrixTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    // Expected status per actor, in the order of Actors. "create" uses the case's pet (and referral) as references.
    private static readonly Dictionary<(string Record, string Operation), int[]> Expected = new()
    {
        [("pets", "read")] = [200, 200, 404, 200, 404, 200, 403],
        [("pets", "list")] = [200, 200, 404, 200, 404, 200, 403],
        [("pets", "create")] = [201, 201, 201, 403, 403, 403, 403],
        [("pets", "update")] = [200, 200, 404, 403, 404, 403, 403],
        [("pets", "archive")] = [200, 403, 404, 403, 404, 403, 403],
        [("referrals", "read")] = [200, 200, 404, 200, 404, 404, 403],
        [("referrals", "list")] = [200, 200, 404, 200, 404, 404, 403],
        [("referrals", "create")] = [201, 201, 201, 403, 403, 403, 403],
        [("referrals", "update")] = [200, 200, 404, 403, 404, 404, 403],
        [("referrals", "status")] = [200, 200, 404, 200, 404, 404, 403],
        [("referrals", "archive")] = [200, 403, 404, 403, 404, 404, 403],
        [("treatment-plans", "read")] = [200, 200, 404, 200, 404, 200, 403],
        [("treatment-plans", "list")] = [200, 200, 404, 200, 404, 200, 403],
        [("treatment-plans", "create")] = [201, 403, 403, 201, 400, 403, 403],
        [("treatment-plans", "update")] = [200, 403, 404, 200, 404, 403, 403],
        [("treatment-plans", "status")] = [200, 403, 404, 200, 404, 403, 403],
        [("treatment-plans", "archive")] = [200, 403, 404, 403, 404, 403, 403],
        [("interactions", "read")] = [200, 200, 404, 200, 404, 200, 403],
        [("interactions", "list")] = [200, 200, 404, 200, 404, 200, 403],
        [("interactions", "create")] = [201, 201, 400, 201, 400, 201, 403],
        [("interactions", "update")] = [200, 200, 404, 200, 404, 200, 403],
        [("interactions", "archive")] = [200, 403, 404, 403, 404, 403, 403],
        [("appointments", "read")] = [200, 200, 404, 200, 404, 200, 403],
        [("appointments", "list")] = [200, 200, 404, 200, 404, 200, 403],
        [("appointments", "create")] = [201, 201, 400, 201, 400, 403, 403],
        [("appointments", "update")] = [200, 200, 404, 200, 404, 403, 403],
        [("appointments", "status")] = [200, 200, 404, 200, 404, 403, 403],
        [("appointments", "archive")] = [200, 403, 404, 403, 404, 403, 403],
        [("tasks", "read")] = [200, 200, 404, 200, 404, 200, 403],
        [("tasks", "list")] = [200, 200, 404, 200, 404, 200, 403],
        [("tasks", "create")] = [201, 201, 400, 201, 400, 201, 403],
        [("tasks", "update")] = [200, 200, 404, 200, 404, 200, 403],
        [("tasks", "status")] = [200, 200, 404, 200, 404, 200, 403],
        [("tasks", "reassign")] = [200, 200, 404, 200, 404, 200, 403],
        [("tasks", "archive")] = [200, 403, 404, 403, 404, 403, 403],
        [("scores", "read")] = [200, 200, 404, 200, 404, 200, 403],
        [("scores", "list")] = [200, 200, 404, 200, 404, 200, 403],
        [("scores", "create")] = [201, 201, 400, 201, 400, 403, 403],
        [("scores", "update")] = [200, 200, 404, 200, 404, 403, 403],
        [("scores", "archive")] = [200, 403, 404, 403, 404, 403, 403],
        [("score-types", "read")] = [200, 200, 200, 200, 200, 200, 403],
        [("score-types", "list")] = [200, 200, 200, 200, 200, 200, 403],
        [("score-types", "create")] = [201, 403, 403, 403, 403, 403, 403],
        [("score-types", "update")] = [200, 403, 403, 403, 403, 403, 403],
        // Equipment is the hospital's stock: every staff role reads it, admins and coordinators manage it.
        [("equipment-items", "read")] = [200, 200, 200, 200, 200, 200, 403],
        [("equipment-items", "list")] = [200, 200, 200, 200, 200, 200, 403],
        [("equipment-items", "create")] = [201, 201, 201, 403, 403, 403, 403],
        [("equipment-items", "update")] = [200, 200, 200, 403, 403, 403, 403],
        [("equipment-items", "archive")] = [200, 403, 403, 403, 403, 403, 403],
        // Loans follow the case; client care lends and takes back at the desk.
        [("equipment-loans", "read")] = [200, 200, 404, 200, 404, 200, 403],
        [("equipment-loans", "list")] = [200, 200, 404, 200, 404, 200, 403],
        [("equipment-loans", "create")] = [201, 201, 400, 201, 400, 201, 403],
        [("equipment-loans", "update")] = [200, 200, 404, 200, 404, 200, 403],
        [("equipment-loans", "status")] = [200, 200, 404, 200, 404, 200, 403],
        [("equipment-loans", "archive")] = [200, 403, 404, 403, 404, 403, 403],
        // A thread of the case started by S with C; admins read every thread (oversight) but write only where they take part.
        [("message-threads", "read")] = [200, 200, 404, 200, 404, 404, 403],
        [("message-threads", "list")] = [200, 200, 404, 200, 404, 404, 403],
        [("message-threads", "create")] = [201, 201, 400, 201, 400, 201, 403],
        [("messages", "create")] = [403, 201, 404, 201, 404, 404, 403],
        [("attachments", "download")] = [200, 200, 404, 200, 404, 404, 403],
    };

    /// <summary>
    /// Rows with no GraphQL cell: score types are reference data whose admin mutations are REST's only, and files travel over
    /// REST only (GraphQL shows their names and sizes).
    /// </summary>
    private static readonly HashSet<string> RestOnly = ["score-types", "attachments"];

    /// <summary>Every cell, once over REST and once over GraphQL: both interfaces call the same commands and queries.</summary>
    public static TheoryData<string, string, string, string, int> Cells()
    {
        var data = new TheoryData<string, string, string, string, int>();
        foreach (var api in new[] { "rest", "graphql" })
            foreach (var ((record, operation), codes) in Expected.Where(e => api == "rest" || !RestOnly.Contains(e.Key.Record)))
                for (var i = 0; i < StaffCast.Actors.Length; i++) data.Add(api, record, operation, StaffCast.Actors[i], codes[i]);
        return data;
    }

    [Theory, MemberData(nameof(Cells))]
    public async Task Access_matrix_cell(string api, string records, string operation, string actorName, int expected)
    {
        var cast = await StaffCast.ForAsync(this.api);
        // Reads change nothing, so every actor reads the same case; a change gets a case of its own.
        var @case = operation is "read" or "list" or "download"
            ? await ReadCases.GetOrAdd((this.api.Stack, records), _ => Case.CreateAsync(cast, records))
            : await Case.CreateAsync(cast, records);
        var actor = cast[actorName];
        var body = operation switch
        {
            "create" => await CreateBodyAsync(records, @case, cast),
            "update" => UpdateBody(records, await @case.VersionAsync(records)),
            "status" => new { status = StatusMove[records], reason = "matrix test", version = await @case.VersionAsync(records) },
            "reassign" => new { version = await @case.VersionAsync(records), assignee = new { id = cast["coordinator"].UserId } },
            _ => null,
        };
        var listFilter = records switch
        {
            "pets" => ("q", @case.PetName),
            "score-types" => ("code", "body-condition"),
            "equipment-items" => ("q", @case.SpareSerial!),
            _ => ("pet", @case.PetId),
        };
        var request = new MatrixRequest(records, operation, @case.IdOf(records), body, listFilter);
        var answer = api == "rest" ? await RestAsync(actor, request) : await GraphQl.GraphQlMatrix.SendAsync(actor, request);

        if (operation == "list" && expected != 403)
        {
            // A list never answers 404: the record is simply in it or not.
            Assert.True(answer.Status == 200, answer.Text);
            Assert.Equal(expected == 200, answer.ListedIds.Contains(request.Id));
            return;
        }
        Assert.True(answer.Status == expected, $"{api}: {actorName} {operation} {records}: expected {expected}, got {answer.Status}: {answer.Text}");
        if (expected == 400) Assert.Contains("pet", answer.ErrorFields);
    }

    private static async Task<MatrixAnswer> RestAsync(ApiClient actor, MatrixRequest request)
    {
        var (records, operation, id) = (request.Records, request.Operation, request.Id);
        var response = operation switch
        {
            "read" => await actor.GetAsync($"/api/{records}/{id}"),
            "list" => await actor.GetAsync($"/api/{records}?{request.ListFilter.Name}={request.ListFilter.Value}&limit=200"),
            "create" when records == "messages" => await Messaging.Threads.SendAsync(actor, id, "Matrix message"),
            "create" => await actor.PostAsync($"/api/{records}", request.Body),
            "download" => await DownloadAsync(actor, id),
            "update" => await actor.PatchAsync($"/api/{records}/{id}", request.Body!),
            "status" => await actor.PostAsync($"/api/{records}/{id}/status", request.Body),
            "reassign" => await actor.PostAsync($"/api/{records}/{id}/reassign", request.Body),
            "archive" => await actor.PostAsync($"/api/{records}/{id}/archive"),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };
        var ids = operation == "list" && response.Status == HttpStatusCode.OK
            ? response.Object["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList() : [];
        var fields = response.Body?["errors"] is JsonObject errors ? errors.Select(e => e.Key).ToList() : [];
        return new MatrixAnswer((int)response.Status, ids, fields, response.Text);
    }

    /// <summary>A download as a client makes it: ask for a signed link, then fetch the file with it.</summary>
    private static async Task<ApiResponse> DownloadAsync(ApiClient actor, string attachmentId)
    {
        var link = await actor.PostAsync($"/api/attachments/{attachmentId}/link");
        if (link.Status != HttpStatusCode.OK) return link;
        return await actor.GetAsync(link.Object["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_coordinator_works_the_intake_queue_but_sees_no_more_of_the_case()
    {
        var cast = await StaffCast.ForAsync(api);
        var pet = await ApiFixtureHelpers.CreateAsync(cast["coordinator"], "pets", ApiFixtureHelpers.PetBody(cast["specialist"].UserId, $"Queue{Guid.NewGuid():N}"[..20]));
        var referral = await ApiFixtureHelpers.CreateAsync(cast["coordinator"], "referrals", ApiFixtureHelpers.ReferralBody(pet, "emergency"));
        var other = cast["otherCoordinator"];

        var queue = await ApiFixtureHelpers.AllPagesAsync(other, "/api/referrals/queue?limit=200");
        Assert.Contains(queue, r => r["id"]!.GetValue<string>() == referral);
        (await other.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK);
        (await other.MoveAsync("referrals", referral, "triaged", "shared queue")).Expect(HttpStatusCode.OK);
        (await other.PostAsync("/api/interactions", ApiFixtureHelpers.InteractionBody(pet))).Expect(HttpStatusCode.BadRequest);

        // Once scheduled it leaves the queue, and with it the other coordinator's reach.
        (await cast["coordinator"].MoveAsync("referrals", referral, "scheduled", "booked")).Expect(HttpStatusCode.OK);
        (await other.GetAsync($"/api/referrals/{referral}")).Expect(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Client_care_never_receives_diagnosis_or_medication_notes()
    {
        var cast = await StaffCast.ForAsync(api);
        var @case = await Case.CreateAsync(cast);
        var care = cast["clientCare"];

        var plan = (await care.GetAsync($"/api/treatment-plans/{@case.PlanId}")).Expect(HttpStatusCode.OK).Object;
        AssertNoClinicalNotes(plan);
        Assert.Equal("Count resting breaths nightly.", plan["clientInstructions"]!.GetValue<string>());

        var list = (await care.GetAsync($"/api/treatment-plans?pet={@case.PetId}")).Expect(HttpStatusCode.OK).Object;
        Assert.All(list["items"]!.AsArray(), p => AssertNoClinicalNotes(p!.AsObject()));

        var logs = (await care.GetAsync($"/api/interactions?pet={@case.PetId}&include=treatmentPlan,referral")).Expect(HttpStatusCode.OK).Object;
        var withPlan = logs["items"]!.AsArray().Select(l => l!["treatmentPlan"]).OfType<JsonObject>().ToList();
        Assert.NotEmpty(withPlan);
        Assert.All(withPlan, AssertNoClinicalNotes);
        // Client care cannot read referrals, so an include leaves the bare reference.
        Assert.All(logs["items"]!.AsArray().Select(l => l!["referral"]).OfType<JsonObject>(), r => Assert.Single(r));

        var versions = (await care.GetAsync($"/api/treatment-plans/{@case.PlanId}/versions")).Expect(HttpStatusCode.OK).Object;
        Assert.All(versions["items"]!.AsArray(), v => AssertNoClinicalNotes(v!["snapshot"]!.AsObject()));

        var clinician = (await cast["specialist"].GetAsync($"/api/treatment-plans/{@case.PlanId}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("Echo: LA:Ao 1.9.", clinician["diagnosisNotes"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("call", 201)]
    [InlineData("email", 201)]
    [InlineData("note", 201)]
    [InlineData("consult", 403)]
    [InlineData("reminder", 403)]
    public async Task Client_care_logs_calls_emails_and_notes_only(string type, int expected)
    {
        var cast = await StaffCast.ForAsync(api);
        var @case = await Case.CreateAsync(cast);
        var response = await cast["clientCare"].PostAsync("/api/interactions", ApiFixtureHelpers.InteractionBody(@case.PetId, type));
        Assert.Equal(expected, (int)response.Status);
    }

    [Fact]
    public async Task A_role_change_takes_effect_on_the_next_request_with_the_same_token()
    {
        var cast = await StaffCast.ForAsync(api);
        var @case = await Case.CreateAsync(cast);
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        (await specialist.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK);

        (await admin.PutAsync($"/api/users/{specialist.UserId}/role", new { role = (string?)null })).Expect(HttpStatusCode.OK);
        (await specialist.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.Forbidden);

        (await admin.PutAsync($"/api/users/{specialist.UserId}/role", new { role = "clientCare" })).Expect(HttpStatusCode.OK);
        var plan = (await specialist.GetAsync($"/api/treatment-plans/{@case.PlanId}")).Expect(HttpStatusCode.OK).Object;
        AssertNoClinicalNotes(plan);
    }

    [Fact]
    public async Task Accounts_without_a_role_sign_in_but_see_nothing_clinical_and_anonymous_callers_get_401()
    {
        using var none = await api.NewUserAsync(null);
        var me = (await none.GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK).Object;
        Assert.Null(me["role"]);
        foreach (var url in new[] { "/api/pets", "/api/referrals", "/api/referrals/queue", "/api/treatment-plans", "/api/interactions", "/api/users", "/api/audit" })
            (await none.GetAsync(url)).Expect(HttpStatusCode.Forbidden);

        using var anonymous = api.Anonymous();
        (await anonymous.GetAsync("/api/pets")).Expect(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/auth/me")).Expect(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_admins_manage_users_and_read_the_audit_log()
    {
        var cast = await StaffCast.ForAsync(api);
        foreach (var name in StaffCast.Actors.Where(a => a != "admin"))
        {
            (await cast[name].GetAsync("/api/users")).Expect(HttpStatusCode.Forbidden);
            (await cast[name].PutAsync($"/api/users/{cast[name].UserId}/role", new { role = "admin" })).Expect(HttpStatusCode.Forbidden);
            (await cast[name].GetAsync("/api/audit")).Expect(HttpStatusCode.Forbidden);
        }
        (await cast["admin"].GetAsync("/api/users?role=specialist")).Expect(HttpStatusCode.OK);
        (await cast["admin"].PutAsync($"/api/users/{cast["none"].UserId}/role", new { role = "vet" })).Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Logout_ends_every_token_of_the_user()
    {
        using var user = await api.NewUserAsync("specialist");
        (await user.GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK);
        (await user.PostAsync("/api/auth/logout")).Expect(HttpStatusCode.NoContent);
        (await user.GetAsync("/api/auth/me")).Expect(HttpStatusCode.Unauthorized);
    }

    private static void AssertNoClinicalNotes(JsonObject plan)
    {
        Assert.False(plan.ContainsKey("diagnosisNotes"), plan.ToJsonString());
        Assert.False(plan.ContainsKey("medicationNotes"), plan.ToJsonString());
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(StackFixture, string), Task<Case>> ReadCases = new();

    /// <summary>The move each record's status cell asks for: one the workflow allows from the case's state.</summary>
    private static readonly Dictionary<string, string> StatusMove = new()
    {
        ["referrals"] = "inTreatment",
        ["treatment-plans"] = "onHold",
        ["appointments"] = "checkedIn",
        ["tasks"] = "done",
        ["equipment-loans"] = "returned",
    };

    private static async Task<object> CreateBodyAsync(string records, Case @case, StaffCast cast) => records switch
    {
        "pets" => ApiFixtureHelpers.PetBody(cast["specialist"].UserId),
        "referrals" => ApiFixtureHelpers.ReferralBody(@case.PetId),
        "treatment-plans" => ApiFixtureHelpers.PlanBody(@case.PetId, @case.ReferralId),
        "appointments" => await BookingAsync(cast, @case.PetId),
        "tasks" => new { pet = new { id = @case.PetId }, title = "Send the discharge summary", assignee = new { id = cast["specialist"].UserId } },
        "scores" => new { pet = new { id = @case.PetId }, scoreType = new { id = Scores.ScoreTypeIds.CmpsSf }, value = 2 },
        "score-types" => new { code = $"matrix-{Guid.NewGuid():N}"[..24], name = "Matrix scale", kind = "categorical", categories = new[] { "mild", "severe" } },
        "equipment-items" => new { name = "Holter monitor", serialNumber = $"SN-{Guid.NewGuid():N}", kind = "holterMonitor" },
        "equipment-loans" => new { equipmentItem = new { id = @case.SpareItemId }, pet = new { id = @case.PetId }, dueBackAt = DateTimeOffset.UtcNow.AddDays(2) },
        "message-threads" => new
        {
            pet = new { id = @case.PetId }, subject = "Matrix thread", body = "Who takes this case?",
            participants = new[] { new { id = cast["coordinator"].UserId }, new { id = cast["specialist"].UserId } },
        },
        "messages" => new { body = "Matrix message" },
        _ => ApiFixtureHelpers.InteractionBody(@case.PetId),
    };

    private static object UpdateBody(string records, uint version) => records switch
    {
        "pets" => new { version, ownerPhone = "+1 555 0199" },
        "referrals" => new { version, referringClinic = "Harbour Vets" },
        "treatment-plans" => new { version, planTitle = "Revised plan" },
        "appointments" => new { version, reason = "Moved to the afternoon list" },
        "tasks" => new { version, title = "Call the owner back" },
        "scores" => new { version, notes = "Corrected notes." },
        "score-types" => new { version, description = "Nine-point scale; 4–5 is ideal." },
        "equipment-items" => new { version, notes = "Battery replaced." },
        "equipment-loans" => new { version, notes = "Owner asked to keep it two more days." },
        _ => new { version, summary = "Corrected summary." },
    };

    /// <summary>A booking of the case's specialist in the first consult room, at an hour no other test has.</summary>
    private static async Task<object> BookingAsync(StaffCast cast, string petId)
    {
        var start = Appointments.BookingSlots.Next();
        var rooms = await Appointments.AppointmentCase.RoomsAsync(cast["admin"]);
        return new
        {
            pet = new { id = petId },
            specialist = new { id = cast["specialist"].UserId },
            room = new { id = rooms["Consult room 1"] },
            startAt = start,
            endAt = start.AddMinutes(30),
            reason = "Cardiology consult and echocardiogram.",
        };
    }

    /// <summary>
    /// One case of "coordinator" and "specialist": pet, scheduled referral, plan, interaction log, and the record under test
    /// when it is another kind (an appointment the admin booked, a task or a score of the specialist, a thread of the specialist
    /// with the coordinator; for equipment, an item lent to the pet and a spare item in stock).
    /// </summary>
    private sealed record Case(StaffCast Cast, string PetName, string PetId, string ReferralId, string PlanId, string InteractionId, string? RecordId)
    {
        public string? SpareItemId { get; private init; }
        public string? SpareSerial { get; private init; }

        public static async Task<Case> CreateAsync(StaffCast cast, string? records = null)
        {
            var coordinator = cast["coordinator"];
            var specialist = cast["specialist"];
            var petName = $"Case{Guid.NewGuid():N}"[..24];
            var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, petName));
            var referral = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet));
            (await coordinator.MoveAsync("referrals", referral, "triaged", "history in")).Expect(HttpStatusCode.OK);
            (await coordinator.MoveAsync("referrals", referral, "scheduled", "booked")).Expect(HttpStatusCode.OK);
            var plan = await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral));
            var log = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiFixtureHelpers.InteractionBody(pet), ApiFixtureHelpers.Json))!.AsObject();
            log["treatmentPlan"] = new JsonObject { ["id"] = plan };
            log["referral"] = new JsonObject { ["id"] = referral };
            var interaction = await ApiFixtureHelpers.CreateAsync(specialist, "interactions", log.ToJsonString());
            var record = records switch
            {
                "appointments" => await ApiFixtureHelpers.CreateAsync(cast["admin"], "appointments", await BookingAsync(cast, pet)),
                "tasks" => await ApiFixtureHelpers.CreateAsync(specialist, "tasks", new { pet = new { id = pet }, title = "Call the owner about the echo results" }),
                "scores" => await ApiFixtureHelpers.CreateAsync(specialist, "scores", new { pet = new { id = pet }, scoreType = new { id = Scores.ScoreTypeIds.CmpsSf }, value = 3 }),
                "message-threads" or "messages" or "attachments" => await ThreadAsync(cast, pet, withAttachment: records == "attachments"),
                _ => null,
            };
            var @case = new Case(cast, petName, pet, referral, plan, interaction, record);
            return records?.StartsWith("equipment", StringComparison.Ordinal) == true ? await @case.WithEquipmentAsync() : @case;
        }

        /// <summary>A thread of S with C; with an attachment, the id of the PDF on its first reply.</summary>
        private static async Task<string> ThreadAsync(StaffCast cast, string pet, bool withAttachment)
        {
            var specialist = cast["specialist"];
            var thread = (await Messaging.Threads.StartAsync(specialist, pet, [cast["coordinator"]])).Expect(HttpStatusCode.Created).Id;
            if (!withAttachment) return thread;
            var sent = (await Messaging.Threads.SendAsync(specialist, thread, "Report attached",
                new Messaging.Threads.FilePart("report.pdf", "application/pdf", Data.Seeding.MinimalPdf.Create("Matrix report")))).Expect(HttpStatusCode.Created);
            return sent.Object["attachments"]![0]!["id"]!.GetValue<string>();
        }

        private async Task<Case> WithEquipmentAsync()
        {
            var admin = Cast["admin"];
            var lent = await ApiFixtureHelpers.CreateAsync(admin, "equipment-items", new { name = "Holter monitor", serialNumber = $"SN-{Guid.NewGuid():N}", kind = "holterMonitor" });
            var loan = await ApiFixtureHelpers.CreateAsync(Cast["coordinator"], "equipment-loans",
                new { equipmentItem = new { id = lent }, pet = new { id = PetId }, dueBackAt = DateTimeOffset.UtcNow.AddDays(1) });
            var serial = $"SN-{Guid.NewGuid():N}";
            var spare = await ApiFixtureHelpers.CreateAsync(admin, "equipment-items", new { name = "Mobility cart", serialNumber = serial, kind = "mobilityCart" });
            return this with { RecordId = loan, SpareItemId = spare, SpareSerial = serial };
        }

        public string IdOf(string records) => records switch
        {
            "pets" => PetId,
            "referrals" => ReferralId,
            "treatment-plans" => PlanId,
            "score-types" => Scores.ScoreTypeIds.BodyCondition,
            "equipment-items" => SpareItemId!,
            "appointments" or "tasks" or "scores" or "equipment-loans" or "message-threads" or "messages" or "attachments" => RecordId!,
            _ => InteractionId,
        };

        public async Task<uint> VersionAsync(string records) =>
            (await Cast["admin"].GetAsync($"/api/{records}/{IdOf(records)}")).Expect(HttpStatusCode.OK).Version;
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using VetCrm.Tests.GraphQl;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Api;

/// <summary>Every bad request is answered with a ProblemDetails naming the field and why, and changes nothing.</summary>
[Collection("stack")]
public sealed class BadInputTests(StackFixture stack)
{
    private static readonly ConcurrentDictionary<StackFixture, Lazy<Task<(ApiClient Writer, ApiClient Specialist)>>> Casts = new();

    private readonly ApiFixtureHelpers api = new(stack);

    /// <summary>
    /// Every required field that the client must send. Not listed, because the server fills them in:
    /// referralNumber (generated), status (received), receivedBy (the caller), receivedAt (now), planStatus (draft),
    /// createdBy (the caller), user (the caller), interactionAt (now).
    /// </summary>
    public static TheoryData<string, string> RequiredFields => new()
    {
        { "pets", "petName" }, { "pets", "species" }, { "pets", "medicalHistorySummary" }, { "pets", "ownerName" }, { "pets", "ownerPhone" }, { "pets", "assignedSpecialist" },
        { "referrals", "pet" }, { "referrals", "referringClinic" }, { "referrals", "referralReason" }, { "referrals", "priority" },
        { "treatment-plans", "planTitle" }, { "treatment-plans", "pet" }, { "treatment-plans", "referral" }, { "treatment-plans", "diagnosisNotes" }, { "treatment-plans", "clientInstructions" },
        { "interactions", "pet" }, { "interactions", "interactionType" }, { "interactions", "summary" }, { "interactions", "followUpNeeded" },
    };

    [Theory, MemberData(nameof(RequiredFields))]
    public async Task A_missing_required_field_is_named_and_nothing_is_stored(string records, string field)
    {
        var (writer, body) = await ValidBodyAsync(records);
        body.Remove(field);

        var before = await WrittenByAsync(writer.UserId);
        var response = (await writer.PostAsync($"/api/{records}", body.ToJsonString())).Expect(HttpStatusCode.BadRequest);

        Assert.NotEmpty(response.ErrorsFor(field));
        Assert.Equal(before, await WrittenByAsync(writer.UserId));
    }

    [Theory, MemberData(nameof(RequiredFields))]
    public async Task A_required_field_sent_as_null_is_named(string records, string field)
    {
        var (writer, body) = await ValidBodyAsync(records);
        body[field] = null;
        var response = (await writer.PostAsync($"/api/{records}", body.ToJsonString())).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(response.ErrorsFor(field));
    }

    public static TheoryData<string, string, string> WrongValues => new()
    {
        { "pets", "petName", "5" },
        { "pets", "petName", JsonSerializer.Serialize(new string('x', 101)) },
        { "pets", "dateOfBirth", "\"yesterday\"" },
        { "pets", "assignedSpecialist", "\"not-a-reference\"" },
        { "pets", "assignedSpecialist", $$"""{"id": "{{Guid.NewGuid()}}"}""" },
        { "referrals", "priority", "\"asap\"" },
        { "referrals", "receivedAt", "\"last tuesday\"" },
        { "referrals", "status", "\"closed\"" },
        { "referrals", "pet", $$"""{"id": "{{Guid.NewGuid()}}"}""" },
        { "treatment-plans", "planStatus", "\"finished\"" },
        { "treatment-plans", "nextReviewDate", "20260601" },
        { "interactions", "interactionType", "\"fax\"" },
        { "interactions", "followUpNeeded", "\"yes\"" },
        { "interactions", "unknownField", "1" },
    };

    [Theory, MemberData(nameof(WrongValues))]
    public async Task A_wrong_type_unknown_value_or_missing_reference_is_named_and_nothing_is_stored(string records, string field, string json)
    {
        var (writer, body) = await ValidBodyAsync(records);
        body[field] = JsonNode.Parse(json);

        var before = await WrittenByAsync(writer.UserId);
        var response = (await writer.PostAsync($"/api/{records}", body.ToJsonString())).Expect(HttpStatusCode.BadRequest);

        Assert.NotEmpty(response.ErrorsFor(field));
        Assert.Equal(before, await WrittenByAsync(writer.UserId));
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_details_saying_so()
    {
        var (writer, _) = await ValidBodyAsync("pets");
        var response = (await writer.PostAsync("/api/pets", """{"petName": "Biscuit", """)).Expect(HttpStatusCode.BadRequest);
        Assert.Equal("Malformed JSON", response.Object["title"]!.GetValue<string>());
        Assert.Contains("not valid JSON", response.Object["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_or_not_json_is_refused()
    {
        var (writer, _) = await ValidBodyAsync("pets");
        (await writer.PostAsync("/api/pets", "[1, 2]")).Expect(HttpStatusCode.BadRequest);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/pets") { Content = new StringContent("petName=Biscuit") };
        var response = await writer.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Fact]
    public async Task An_oversized_body_is_413_problem_details_and_nothing_is_stored()
    {
        var (writer, body) = await ValidBodyAsync("pets");
        body["medicalHistorySummary"] = new string('x', 300 * 1024);
        var before = await WrittenByAsync(writer.UserId);

        var response = (await writer.PostAsync("/api/pets", body.ToJsonString())).Expect(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(413, response.Object["status"]!.GetValue<int>());
        Assert.Equal(before, await WrittenByAsync(writer.UserId));
    }

    [Fact]
    public async Task A_text_over_its_length_limit_on_patch_is_named_and_the_record_is_unchanged()
    {
        var (writer, body) = await ValidBodyAsync("pets");
        var pet = (await writer.PostAsync("/api/pets", body.ToJsonString())).Expect(HttpStatusCode.Created);
        var response = (await writer.PatchAsync($"/api/pets/{pet.Id}", new { version = pet.Version, ownerPhone = new string('1', 41) })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(response.ErrorsFor("ownerPhone"));
        var after = (await writer.GetAsync($"/api/pets/{pet.Id}")).Expect(HttpStatusCode.OK);
        Assert.Equal(pet.Version, after.Version);
    }

    [Fact]
    public async Task A_plan_whose_referral_belongs_to_another_pet_is_refused()
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var petA = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var petB = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referralOfB = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(petB));

        var response = (await admin.PostAsync("/api/treatment-plans", ApiFixtureHelpers.PlanBody(petA, referralOfB))).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(response.ErrorsFor("referral"));

        var planOfB = await ApiFixtureHelpers.CreateAsync(admin, "treatment-plans", ApiFixtureHelpers.PlanBody(petB, referralOfB));
        var interaction = JsonSerializer.SerializeToNode(ApiFixtureHelpers.InteractionBody(petA), ApiFixtureHelpers.Json)!.AsObject();
        interaction["treatmentPlan"] = new JsonObject { ["id"] = planOfB };
        interaction["referral"] = new JsonObject { ["id"] = referralOfB };
        var logResponse = (await admin.PostAsync("/api/interactions", interaction.ToJsonString())).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(logResponse.ErrorsFor("treatmentPlan"));
        Assert.NotEmpty(logResponse.ErrorsFor("referral"));
    }

    [Fact]
    public async Task A_duplicate_referral_number_is_409_naming_it_and_a_missing_one_is_generated()
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var generated = (await admin.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet))).Expect(HttpStatusCode.Created);
        var number = generated.Object["referralNumber"]!.GetValue<string>();
        Assert.Matches(@"^REF-\d{4}-\d{6}$", number);

        var body = JsonSerializer.SerializeToNode(ApiFixtureHelpers.ReferralBody(pet), ApiFixtureHelpers.Json)!.AsObject();
        body["referralNumber"] = number;
        var response = await admin.PostAsync("/api/referrals", body.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.NotEmpty(response.ErrorsFor("referralNumber"));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM referrals WHERE referral_number = @n", ("n", number)));
        // The refused create wrote none of what goes with it either: no audit entry, no live event.
        Assert.Equal(1L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE entity_type = 'referral' AND action = 'create' AND metadata::text LIKE '%' || @n || '%'", ("n", number)));
        Assert.Equal(1L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE entity_type = 'referral' AND pet_id = @pet", ("pet", Guid.Parse(pet))));
    }

    /// <summary>
    /// A referral's receiver is a member of staff: checked whenever a receiver is named on create or patch, while the
    /// caller as receiver (the default) is staff by its role and costs no lookup. A receiver who has since left the staff
    /// does not block changes to the rest of the referral.
    /// </summary>
    [Fact]
    public async Task A_named_referral_receiver_must_be_staff_and_one_who_left_does_not_block_other_changes()
    {
        using var admin = await api.AdminAsync();
        using var coordinator = await api.NewUserAsync("coordinator");
        using var colleague = await api.NewUserAsync("coordinator");
        using var outsider = await api.NewUserAsync(null);
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));

        var own = (await coordinator.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet))).Expect(HttpStatusCode.Created);
        Assert.Equal(coordinator.UserId.ToString(), own.Object["receivedBy"]!["id"]!.GetValue<string>());
        Assert.StartsWith("db;desc=\"3 commands\"", own.ServerTiming); // the pet's reach, the next number, the insert

        var body = JsonSerializer.SerializeToNode(ApiFixtureHelpers.ReferralBody(pet), ApiFixtureHelpers.Json)!.AsObject();
        foreach (var stranger in new[] { outsider.UserId, Guid.NewGuid() })
        {
            body["receivedBy"] = new JsonObject { ["id"] = stranger.ToString() };
            var before = await WrittenByAsync(coordinator.UserId);
            var refused = (await coordinator.PostAsync("/api/referrals", body.ToJsonString())).Expect(HttpStatusCode.BadRequest);
            Assert.NotEmpty(refused.ErrorsFor("receivedBy"));
            Assert.Equal(before, await WrittenByAsync(coordinator.UserId));
        }
        var overGraphQl = await coordinator.GraphQlAsync("""
            mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }
            """, new { input = new { pet, referringClinic = "Riverside Vets", referralReason = "Lameness", priority = "routine", receivedBy = outsider.UserId } });
        Assert.Equal("BAD_USER_INPUT", overGraphQl.ErrorCode());
        Assert.NotNull(overGraphQl.Errors[0]!["extensions"]!["fieldErrors"]!["receivedBy"]);

        body["receivedBy"] = new JsonObject { ["id"] = colleague.UserId.ToString() };
        var referral = (await coordinator.PostAsync("/api/referrals", body.ToJsonString())).Expect(HttpStatusCode.Created);
        (await admin.PutAsync($"/api/users/{colleague.UserId}/role", new { role = (string?)null })).Expect(HttpStatusCode.OK);

        var changed = (await coordinator.PatchAsync($"/api/referrals/{referral.Id}", new { version = referral.Version, priority = "routine" }))
            .Expect(HttpStatusCode.OK);
        Assert.Equal(colleague.UserId.ToString(), changed.Object["receivedBy"]!["id"]!.GetValue<string>());
        var handedOver = await coordinator.PatchAsync($"/api/referrals/{referral.Id}", new { version = changed.Version, receivedBy = new { id = outsider.UserId } });
        Assert.NotEmpty(handedOver.Expect(HttpStatusCode.BadRequest).ErrorsFor("receivedBy"));
        var stored = (await coordinator.GetAsync($"/api/referrals/{referral.Id}")).Expect(HttpStatusCode.OK);
        Assert.Equal(changed.Version, stored.Version);
        Assert.Equal(colleague.UserId.ToString(), stored.Object["receivedBy"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_or_versionless_update_is_refused_and_changes_nothing()
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = (await admin.PostAsync("/api/pets", ApiFixtureHelpers.PetBody(specialist.UserId))).Expect(HttpStatusCode.Created);
        var first = (await admin.PatchAsync($"/api/pets/{pet.Id}", new { version = pet.Version, ownerPhone = "+1 555 0001" })).Expect(HttpStatusCode.OK);

        var stale = await admin.PatchAsync($"/api/pets/{pet.Id}", new { version = pet.Version, ownerPhone = "+1 555 0002" });
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.NotEmpty(stale.ErrorsFor("version"));

        var versionless = (await admin.PatchAsync($"/api/pets/{pet.Id}", new { ownerPhone = "+1 555 0003" })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(versionless.ErrorsFor("version"));

        var current = (await admin.GetAsync($"/api/pets/{pet.Id}")).Expect(HttpStatusCode.OK);
        Assert.Equal("+1 555 0001", current.Object["ownerPhone"]!.GetValue<string>());
        Assert.Equal(first.Version, current.Version);
    }

    [Fact]
    public async Task Fields_that_move_only_by_their_own_route_are_refused_on_patch()
    {
        using var admin = await api.NewUserAsync("admin");
        using var specialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = (await admin.PostAsync("/api/referrals", ApiFixtureHelpers.ReferralBody(pet))).Expect(HttpStatusCode.Created);
        var response = (await admin.PatchAsync($"/api/referrals/{referral.Id}", new { version = referral.Version, status = "closed" })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(response.ErrorsFor("status"));
    }

    /// <summary>
    /// An admin-role writer of this class's own (so rows can be counted by creator, before and after; the class's tests
    /// run one at a time) and a valid create body for the record. The writer and the pet's specialist are made once per
    /// stack: a new user costs two slow password hashes, and the theories here have 50 cases.
    /// </summary>
    private async Task<(ApiClient Writer, JsonObject Body)> ValidBodyAsync(string records)
    {
        var (writer, specialist) = await Casts.GetOrAdd(stack, _ => new(async () => (await api.NewUserAsync("admin"), await api.NewUserAsync("specialist")))).Value;
        object body = ApiFixtureHelpers.PetBody(specialist.UserId);
        if (records != "pets")
        {
            var pet = await ApiFixtureHelpers.CreateAsync(writer, "pets", body);
            body = ApiFixtureHelpers.ReferralBody(pet);
            if (records == "treatment-plans") body = ApiFixtureHelpers.PlanBody(pet, await ApiFixtureHelpers.CreateAsync(writer, "referrals", body));
            if (records == "interactions") body = ApiFixtureHelpers.InteractionBody(pet);
        }
        return (writer, JsonSerializer.SerializeToNode(body, body.GetType(), ApiFixtureHelpers.Json)!.AsObject());
    }

    /// <summary>Rows a user created in any record table, plus audit entries attributed to it: a failed write adds none.</summary>
    private Task<long> WrittenByAsync(Guid userId) => api.ScalarAsync<long>("""
        SELECT (SELECT count(*) FROM pets WHERE created_by_id = @u) + (SELECT count(*) FROM referrals WHERE created_by_id = @u)
             + (SELECT count(*) FROM treatment_plans WHERE created_by_id = @u) + (SELECT count(*) FROM interaction_logs WHERE created_by_id = @u)
             + (SELECT count(*) FROM audit_entries WHERE actor_id = @u AND action <> 'login')
        """, ("u", userId));
}

using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Tasks;

namespace VetCrm.Tests.Scores;

[Collection("stack")]
public sealed class ScoreApiTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    private static object Score(string pet, string type, decimal? value = null, string? category = null, DateTimeOffset? at = null) =>
        new { pet = new { id = pet }, scoreType = new { id = type }, value, category, scoreDate = at, notes = "Scored on the ward round." };

    [Fact]
    public async Task A_value_outside_its_type_or_a_hostile_category_is_refused_naming_the_field_and_nothing_is_written()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var specialist = cast["specialist"];

        async Task Refused(object body, string field)
        {
            var answer = (await specialist.PostAsync("/api/scores", body)).Expect(HttpStatusCode.BadRequest);
            Assert.True(answer.ErrorsFor(field).Length > 0, $"{field} not named: {answer.Text}");
        }
        await Refused(Score(pet, ScoreTypeIds.CmpsSf, 25), "value");
        await Refused(Score(pet, ScoreTypeIds.CmpsSf, -1), "value");
        await Refused(Score(pet, ScoreTypeIds.CmpsSf, 6.5m), "value");
        await Refused(Score(pet, ScoreTypeIds.CmpsSf, 99999999999999999999999999m), "value");
        await Refused(Score(pet, ScoreTypeIds.CmpsSf), "value");
        await Refused(Score(pet, ScoreTypeIds.CmpsSf, 3, "B1"), "category");
        await Refused(Score(pet, ScoreTypeIds.Weight, 12.345m), "value");
        await Refused(Score(pet, ScoreTypeIds.AcvimMmvd, category: "E"), "category");
        await Refused(Score(pet, ScoreTypeIds.AcvimMmvd, category: "' OR 1=1; --"), "category");
        await Refused(Score(pet, ScoreTypeIds.AcvimMmvd, category: "B1\u0000"), "category");
        await Refused(Score(pet, ScoreTypeIds.AcvimMmvd, 2, "B1"), "value");
        await Refused(Score(pet, Guid.NewGuid().ToString(), 3), "scoreType");
        var notANumber = (await specialist.PostAsync("/api/scores", new { pet = new { id = pet }, scoreType = new { id = ScoreTypeIds.CmpsSf }, value = "six" }))
            .Expect(HttpStatusCode.BadRequest);
        Assert.Contains("must be a number", notANumber.ErrorsFor("value")[0]);
        await Refused(new { pet = new { id = pet }, scoreType = new { id = ScoreTypeIds.CmpsSf }, value = 3, thresholdTask = new { id = Guid.NewGuid() } }, "thresholdTask");
        Assert.Empty(await ApiFixtureHelpers.AllPagesAsync(cast["admin"], $"/api/scores?pet={pet}"));

        var weight = (await specialist.PostAsync("/api/scores", Score(pet, ScoreTypeIds.Weight, 31.25m))).Expect(HttpStatusCode.Created).Object;
        Assert.Equal(31.25m, weight["value"]!.GetValue<decimal>());
        Assert.Equal(specialist.UserId.ToString(), weight["recordedBy"]!["id"]!.GetValue<string>());
        var stage = (await specialist.PostAsync("/api/scores", Score(pet, ScoreTypeIds.AcvimMmvd, category: "B2"))).Expect(HttpStatusCode.Created).Object;
        Assert.Equal("B2", stage["category"]!.GetValue<string>());
        Assert.Null(stage["value"]);
    }

    [Fact]
    public async Task A_score_crossing_the_threshold_raises_exactly_one_task_for_the_specialist_who_is_notified()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, referral) = await cast.NewCaseAsync();
        var coordinator = cast["coordinator"];
        var specialist = cast["specialist"];

        var high = (await coordinator.PostAsync("/api/scores", new
        {
            pet = new { id = pet }, referral = new { id = referral }, scoreType = new { id = ScoreTypeIds.CmpsSf }, value = 8, notes = "Guarding the abdomen.",
        })).Expect(HttpStatusCode.Created);
        var taskId = high.Object["thresholdTask"]!["id"]!.GetValue<string>();
        var low = (await coordinator.PostAsync("/api/scores", Score(pet, ScoreTypeIds.CmpsSf, 3))).Expect(HttpStatusCode.Created);
        Assert.Null(low.Object["thresholdTask"]);

        var task = Assert.Single(await ApiFixtureHelpers.AllPagesAsync(specialist, $"/api/tasks?pet={pet}&mine=true"));
        Assert.Equal(taskId, task["id"]!.GetValue<string>());
        Assert.StartsWith("Analgesia review", task["title"]!.GetValue<string>());
        Assert.Contains("8 points", task["title"]!.GetValue<string>());
        Assert.Equal(referral, task["referral"]!["id"]!.GetValue<string>());
        Assert.True(task["dueAt"]!.GetValue<DateTimeOffset>() > high.Object["createdAt"]!.GetValue<DateTimeOffset>());

        // A correction that still acts raises nothing new; one that newly crosses raises the corrected score's own task.
        var corrected = (await coordinator.PatchAsync($"/api/scores/{high.Id}", new { version = high.Version, value = 9 })).Expect(HttpStatusCode.OK);
        Assert.Equal(taskId, corrected.Object["thresholdTask"]!["id"]!.GetValue<string>());
        Assert.Single(await ApiFixtureHelpers.AllPagesAsync(specialist, $"/api/tasks?pet={pet}"));
        var raised = (await coordinator.PatchAsync($"/api/scores/{low.Id}", new { version = low.Version, value = 7 })).Expect(HttpStatusCode.OK);
        var tasks = await ApiFixtureHelpers.AllPagesAsync(specialist, $"/api/tasks?pet={pet}");
        Assert.Equal(2, tasks.Count);
        Assert.Contains(tasks, t => t["id"]!.GetValue<string>() == raised.Object["thresholdTask"]!["id"]!.GetValue<string>());
        // The database refuses a second score pointing at the same task.
        var linked = await api.ScalarAsync<long>("select count(distinct threshold_task_id) from clinical_scores where pet_id = @pet and threshold_task_id is not null",
            ("pet", Guid.Parse(pet)));
        Assert.Equal(2, linked);

        // Audited and announced in the same save as the score: the audit rows, and the outbox rows the live channel publishes.
        var audit = (await cast["admin"].GetAsync($"/api/audit?entityType=score&entityId={high.Id}")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["update", "create"], audit.Select(a => a!["action"]!.GetValue<string>()));
        var events = await api.ScalarAsync<string>("select string_agg(type, ',' order by created_at) from outbox_messages where entity_id = @id", ("id", Guid.Parse(high.Id)));
        Assert.Equal("score.recorded,score.changed", events);

        var notices = await Poll.UntilAsync(() => ApiFixtureHelpers.AllPagesAsync(specialist, "/api/notifications?limit=200"),
            items => items.Count(n => n["kind"]?.GetValue<string>() == "taskAssigned" && n["title"]!.GetValue<string>().Contains("Analgesia review")) >= 2,
            "the specialist's task notices");
        Assert.Contains(notices, n => n["title"]!.GetValue<string>().Contains("CMPS-SF"));
    }

    [Fact]
    public async Task An_admin_adds_a_type_usable_at_once_and_a_type_in_use_keeps_what_its_scores_need()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var admin = cast["admin"];
        var code = $"lactate-{Guid.NewGuid():N}"[..20];
        var body = new
        {
            code, name = "Blood lactate", kind = "numeric", min = 0, max = 20, step = 0.1m, unit = "mmol/L",
            threshold = new { atLeast = 4, taskTitle = "Perfusion review", dueInHours = 2 },
        };
        foreach (var name in new[] { "coordinator", "specialist", "clientCare", "none" })
            (await cast[name].PostAsync("/api/score-types", body)).Expect(HttpStatusCode.Forbidden);
        var type = (await admin.PostAsync("/api/score-types", body)).Expect(HttpStatusCode.Created);
        Assert.Equal(0.1m, type.Object["step"]!.GetValue<decimal>());
        (await admin.PostAsync("/api/score-types", body)).Expect(HttpStatusCode.Conflict);
        var listed = await ApiFixtureHelpers.AllPagesAsync(cast["clientCare"], $"/api/score-types?code={code}");
        Assert.Equal(type.Id, Assert.Single(listed)["id"]!.GetValue<string>());

        // Usable at once, threshold included.
        var score = (await cast["specialist"].PostAsync("/api/scores", Score(pet, type.Id, 4.2m))).Expect(HttpStatusCode.Created);
        Assert.NotNull(score.Object["thresholdTask"]);
        (await cast["specialist"].PostAsync("/api/scores", Score(pet, type.Id, 4.25m))).Expect(HttpStatusCode.BadRequest);

        async Task<string[]> Refused(object patch, HttpStatusCode status, string field)
        {
            var version = (await admin.GetAsync($"/api/score-types/{type.Id}")).Expect(HttpStatusCode.OK).Version;
            var node = System.Text.Json.JsonSerializer.SerializeToNode(patch, ApiFixtureHelpers.Json)!.AsObject();
            node["version"] = version;
            return (await admin.PatchAsync($"/api/score-types/{type.Id}", node.ToJsonString())).Expect(status).ErrorsFor(field);
        }
        Assert.NotEmpty(await Refused(new { min = 4.5m, threshold = new { atLeast = 5, taskTitle = "Perfusion review", dueInHours = 2 } }, HttpStatusCode.Conflict, "min"));
        Assert.NotEmpty(await Refused(new { max = 4.1m }, HttpStatusCode.Conflict, "max"));
        Assert.NotEmpty(await Refused(new { step = 0.5m }, HttpStatusCode.Conflict, "step"));
        Assert.NotEmpty(await Refused(new { kind = "categorical", min = (decimal?)null, max = (decimal?)null, step = (decimal?)null, unit = (string?)null,
            categories = new[] { "low", "high" }, threshold = (object?)null }, HttpStatusCode.Conflict, "kind"));
        Assert.NotEmpty(await Refused(new { code = "renamed" }, HttpStatusCode.BadRequest, "code"));
        Assert.NotEmpty(await Refused(new { max = 3 }, HttpStatusCode.BadRequest, "threshold.atLeast"));
        Assert.NotEmpty(await Refused(new { step = 0 }, HttpStatusCode.BadRequest, "step"));
        // A wider range with a finer step still holds every recorded value.
        var version = (await admin.GetAsync($"/api/score-types/{type.Id}")).Version;
        var widened = (await admin.PatchAsync($"/api/score-types/{type.Id}", new { version, max = 30, step = 0.05m })).Expect(HttpStatusCode.OK);
        (await cast["specialist"].PatchAsync($"/api/score-types/{type.Id}", new { version = widened.Version, active = false })).Expect(HttpStatusCode.Forbidden);
        (await admin.PatchAsync($"/api/score-types/{type.Id}", new { version = widened.Version, active = false })).Expect(HttpStatusCode.OK);
        Assert.NotEmpty((await cast["specialist"].PostAsync("/api/scores", Score(pet, type.Id, 2))).Expect(HttpStatusCode.BadRequest).ErrorsFor("scoreType"));
        // Its scores stay readable.
        (await cast["specialist"].GetAsync($"/api/scores/{score.Id}")).Expect(HttpStatusCode.OK);

        var audit = (await admin.GetAsync($"/api/audit?entityType=scoreType&entityId={type.Id}")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["update", "update", "create"], audit.Select(a => a!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_categorical_type_in_use_keeps_its_recorded_categories()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var admin = cast["admin"];
        var type = (await admin.PostAsync("/api/score-types", new
        {
            code = $"iris-{Guid.NewGuid():N}"[..16], name = "IRIS CKD stage", kind = "categorical", categories = new[] { "1", "2", "3", "4" },
            threshold = new { categories = new[] { "4" }, taskTitle = "Nephrology review", dueInHours = 48 },
        })).Expect(HttpStatusCode.Created);
        var stage = (await cast["specialist"].PostAsync("/api/scores", Score(pet, type.Id, category: "4"))).Expect(HttpStatusCode.Created);
        Assert.NotNull(stage.Object["thresholdTask"]);
        Assert.NotEmpty((await admin.PatchAsync($"/api/score-types/{type.Id}", new { version = type.Version, categories = new[] { "1", "2", "3" },
            threshold = (object?)null })).Expect(HttpStatusCode.Conflict).ErrorsFor("categories"));
        var renamed = (await admin.PatchAsync($"/api/score-types/{type.Id}", new { version = type.Version, categories = new[] { "1", "2", "3", "4", "4+" } }))
            .Expect(HttpStatusCode.OK).Object;
        Assert.Equal(5, renamed["categories"]!.AsArray().Count);
    }

    [Fact]
    public async Task Corrections_need_the_current_version_and_a_role_that_records_and_lists_page_by_score_date()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var specialist = cast["specialist"];
        var start = DateTimeOffset.UtcNow.AddDays(-10);
        var created = new List<ApiResponse>();
        foreach (var day in new[] { 4, 0, 2, 1, 3 })
            created.Add((await specialist.PostAsync("/api/scores", Score(pet, ScoreTypeIds.Weight, 30 + day / 10m, at: start.AddDays(day)))).Expect(HttpStatusCode.Created));

        var first = created[1];
        (await specialist.PatchAsync($"/api/scores/{first.Id}", new { version = first.Version + 1, value = 29.9m })).Expect(HttpStatusCode.Conflict);
        (await cast["clientCare"].PatchAsync($"/api/scores/{first.Id}", new { version = first.Version, value = 29.9m })).Expect(HttpStatusCode.Forbidden);
        (await cast["otherSpecialist"].PatchAsync($"/api/scores/{first.Id}", new { version = first.Version, value = 29.9m })).Expect(HttpStatusCode.NotFound);
        (await specialist.PatchAsync($"/api/scores/{first.Id}", new { version = first.Version, scoreType = new { id = ScoreTypeIds.CmpsSf } })).Expect(HttpStatusCode.BadRequest);
        (await specialist.PatchAsync($"/api/scores/{first.Id}", new { version = first.Version, value = 300 })).Expect(HttpStatusCode.BadRequest);
        var fixedScore = (await specialist.PatchAsync($"/api/scores/{first.Id}", new { version = first.Version, value = 29.9m })).Expect(HttpStatusCode.OK).Object;
        Assert.Equal(29.9m, fixedScore["value"]!.GetValue<decimal>());
        Assert.Contains("update", fixedScore["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));

        // Pages of two, oldest first, and the date range.
        var url = $"/api/scores?pet={pet}&scoreType={ScoreTypeIds.Weight}&limit=2";
        var page = (await cast["clientCare"].GetAsync(url)).Expect(HttpStatusCode.OK).Object;
        Assert.NotNull(page["nextCursor"]);
        var all = await ApiFixtureHelpers.AllPagesAsync(cast["clientCare"], url);
        Assert.Equal([29.9m, 30.1m, 30.2m, 30.3m, 30.4m], all.Select(s => s["value"]!.GetValue<decimal>()));
        var from = Uri.EscapeDataString(start.AddDays(1).ToString("O"));
        var to = Uri.EscapeDataString(start.AddDays(3).ToString("O"));
        var range = await ApiFixtureHelpers.AllPagesAsync(specialist, $"/api/scores?pet={pet}&from={from}&to={to}");
        Assert.Equal([30.1m, 30.2m], range.Select(s => s["value"]!.GetValue<decimal>()));
        (await specialist.GetAsync($"/api/scores?pet={pet}&from={to}&to={from}")).Expect(HttpStatusCode.BadRequest);
        Assert.Empty(await ApiFixtureHelpers.AllPagesAsync(cast["otherSpecialist"], $"/api/scores?pet={pet}"));
    }
}

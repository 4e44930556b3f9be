using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Tasks;

[Collection("stack")]
public sealed class TaskApiTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_follow_up_needed_interaction_becomes_a_task_for_the_pets_specialist_in_the_same_transaction()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, referral) = await cast.NewCaseAsync();

        var log = (await cast["clientCare"].PostAsync("/api/interactions", new
        {
            pet = new { id = pet }, referral = new { id = referral }, interactionType = "call",
            summary = "Owner reports coughing at night since Tuesday.", followUpNeeded = true,
        })).Expect(HttpStatusCode.Created);

        var tasks = await ApiFixtureHelpers.AllPagesAsync(cast["specialist"], $"/api/tasks?sourceInteraction={log.Id}&include=assignee");
        var task = Assert.Single(tasks);
        Assert.Equal(cast["specialist"].UserId.ToString(), task["assignee"]!["id"]!.GetValue<string>());
        Assert.Equal(pet, task["pet"]!["id"]!.GetValue<string>());
        Assert.Equal(referral, task["referral"]!["id"]!.GetValue<string>());
        Assert.Equal("open", task["status"]!.GetValue<string>());
        Assert.Contains("Owner reports coughing", task["title"]!.GetValue<string>());
        Assert.True(task["dueAt"]!.GetValue<DateTimeOffset>() > log.Object["createdAt"]!.GetValue<DateTimeOffset>(), "a follow-up is due after it is logged");

        // No follow-up, no task; and a refused log leaves no task behind either.
        var plain = (await cast["clientCare"].PostAsync("/api/interactions", ApiFixtureHelpers.InteractionBody(pet, "call"))).Expect(HttpStatusCode.Created);
        Assert.Empty(await ApiFixtureHelpers.AllPagesAsync(cast["admin"], $"/api/tasks?sourceInteraction={plain.Id}"));
        var before = await ApiFixtureHelpers.AllPagesAsync(cast["admin"], $"/api/tasks?pet={pet}&limit=200");
        (await cast["clientCare"].PostAsync("/api/interactions", new { pet = new { id = pet }, interactionType = "consult", summary = "Not theirs to log", followUpNeeded = true }))
            .Expect(HttpStatusCode.Forbidden);
        Assert.Equal(before.Count, (await ApiFixtureHelpers.AllPagesAsync(cast["admin"], $"/api/tasks?pet={pet}&limit=200")).Count);
    }

    [Fact]
    public async Task Snooze_done_reopen_and_reassign_with_versions_and_their_history()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var specialist = cast["specialist"];
        var task = await cast.NewTaskAsync(pet);
        var url = $"/api/tasks/{task.Id}";
        Assert.Equal(["snoozed", "done"], task.Object["nextStatuses"]!.AsArray().Select(s => s!.GetValue<string>()));

        var until = DateTimeOffset.UtcNow.AddDays(3);
        var snoozed = (await specialist.PostAsync($"{url}/snooze", new { version = task.Version, until, reason = "Owner away until Friday" })).Expect(HttpStatusCode.OK);
        Assert.Equal("snoozed", snoozed.Object["status"]!.GetValue<string>());
        Assert.Equal(until.ToUnixTimeMilliseconds(), snoozed.Object["snoozedUntil"]!.GetValue<DateTimeOffset>().ToUnixTimeMilliseconds());

        // The version read before the snooze is stale now: nothing changes.
        var stale = (await specialist.PostAsync($"{url}/done", new { version = task.Version })).Expect(HttpStatusCode.Conflict);
        Assert.NotEmpty(stale.ErrorsFor("version"));
        (await specialist.PostAsync($"{url}/reassign", new { version = task.Version, assignee = new { id = cast["coordinator"].UserId } })).Expect(HttpStatusCode.Conflict);
        (await specialist.PatchAsync(url, new { version = task.Version, title = "Overwritten?" })).Expect(HttpStatusCode.Conflict);
        Assert.Equal("snoozed", (await specialist.GetAsync(url)).Expect(HttpStatusCode.OK).Object["status"]!.GetValue<string>());

        var reassigned = (await specialist.PostAsync($"{url}/reassign", new { version = snoozed.Version, assignee = new { id = cast["coordinator"].UserId } })).Expect(HttpStatusCode.OK);
        Assert.Equal(cast["coordinator"].UserId.ToString(), reassigned.Object["assignee"]!["id"]!.GetValue<string>());

        var done = (await cast["coordinator"].PostAsync($"{url}/done", new { version = reassigned.Version })).Expect(HttpStatusCode.OK);
        Assert.Equal("done", done.Object["status"]!.GetValue<string>());
        Assert.Equal(cast["coordinator"].UserId.ToString(), done.Object["completedBy"]!["id"]!.GetValue<string>());
        Assert.Null(done.Object["snoozedUntil"]);
        Assert.DoesNotContain("reassign", done.Object["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));

        // Done is done: not again, not snoozed, not reassigned — only reopened.
        (await specialist.PostAsync($"{url}/done", new { version = done.Version })).Expect(HttpStatusCode.Conflict);
        (await specialist.PostAsync($"{url}/snooze", new { version = done.Version, until })).Expect(HttpStatusCode.Conflict);
        (await specialist.PostAsync($"{url}/reassign", new { version = done.Version, assignee = new { id = specialist.UserId } })).Expect(HttpStatusCode.Conflict);
        var reopened = (await specialist.PostAsync($"{url}/status", new { version = done.Version, status = "open", reason = "Owner called again" })).Expect(HttpStatusCode.OK);
        Assert.Null(reopened.Object["completedAt"]);
        Assert.Null(reopened.Object["completedBy"]);

        var history = (await cast["admin"].GetAsync($"{url}/status-history")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["open", "snoozed", "done", "open"], history.Select(h => h!["toValue"]!.GetValue<string>()));
        Assert.Equal("Owner away until Friday", history[1]!["changeReason"]!.GetValue<string>());
        // Every change is audited.
        Assert.True(await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries WHERE entity_type = 'task' AND entity_id = @id", ("id", task.Id)) >= 5);
    }

    [Fact]
    public async Task Bad_input_is_named_field_by_field_and_changes_nothing()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var (otherPet, otherReferral) = await cast.NewCaseAsync();
        var specialist = cast["specialist"];

        var missing = (await specialist.PostAsync("/api/tasks", new { dueAt = "tomorrow" })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(missing.ErrorsFor("dueAt"));
        var empty = (await specialist.PostAsync("/api/tasks", new { title = "   " })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(empty.ErrorsFor("pet"));
        Assert.NotEmpty(empty.ErrorsFor("title"));
        var tooLong = (await specialist.PostAsync("/api/tasks", new { pet = new { id = pet }, title = new string('x', 301) })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(tooLong.ErrorsFor("title"));
        var wrongReferral = (await specialist.PostAsync("/api/tasks", new { pet = new { id = pet }, title = "Recheck", referral = new { id = otherReferral } })).Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrongReferral.ErrorsFor("referral"));
        (await specialist.PostAsync("/api/tasks", new { pet = new { id = pet }, title = "Recheck", status = "done" })).Expect(HttpStatusCode.BadRequest);
        (await specialist.PostAsync("/api/tasks", "{\"pet\": {\"id\": ")).Expect(HttpStatusCode.BadRequest);
        Assert.Empty(await ApiFixtureHelpers.AllPagesAsync(cast["admin"], $"/api/tasks?pet={pet}"));
        Assert.Empty(await ApiFixtureHelpers.AllPagesAsync(cast["admin"], $"/api/tasks?pet={otherPet}"));

        var task = await cast.NewTaskAsync(pet);
        var url = $"/api/tasks/{task.Id}";
        Assert.NotEmpty((await specialist.PostAsync($"{url}/snooze", new { version = task.Version })).Expect(HttpStatusCode.BadRequest).ErrorsFor("until"));
        Assert.NotEmpty((await specialist.PostAsync($"{url}/snooze", new { version = task.Version, until = DateTimeOffset.UtcNow.AddHours(-1) }))
            .Expect(HttpStatusCode.BadRequest).ErrorsFor("snoozedUntil"));
        Assert.NotEmpty((await specialist.PostAsync($"{url}/status", new { version = task.Version, status = "finished" })).Expect(HttpStatusCode.BadRequest).ErrorsFor("status"));
        Assert.NotEmpty((await specialist.PostAsync($"{url}/status", new { version = task.Version, status = "done", snoozedUntil = DateTimeOffset.UtcNow.AddDays(1) }))
            .Expect(HttpStatusCode.BadRequest).ErrorsFor("snoozedUntil"));
        Assert.NotEmpty((await specialist.PostAsync($"{url}/done", new { })).Expect(HttpStatusCode.BadRequest).ErrorsFor("version"));
        Assert.NotEmpty((await specialist.PatchAsync(url, new { version = task.Version, status = "done" })).Expect(HttpStatusCode.BadRequest).ErrorsFor("status"));
        Assert.NotEmpty((await specialist.PatchAsync(url, new { version = task.Version, pet = new { id = otherPet } })).Expect(HttpStatusCode.BadRequest).ErrorsFor("pet"));
        Assert.NotEmpty((await specialist.PatchAsync(url, new { version = task.Version, assignee = (object?)null })).Expect(HttpStatusCode.BadRequest).ErrorsFor("assignee"));
        Assert.NotEmpty((await specialist.GetAsync("/api/tasks?status=closed")).Expect(HttpStatusCode.BadRequest).ErrorsFor("status"));
        Assert.NotEmpty((await specialist.GetAsync("/api/tasks?order=-title")).Expect(HttpStatusCode.BadRequest).ErrorsFor("order"));
        Assert.NotEmpty((await specialist.GetAsync("/api/tasks?due=someday")).Expect(HttpStatusCode.BadRequest).ErrorsFor("due"));
        (await specialist.GetAsync($"/api/tasks/{Guid.NewGuid()}")).Expect(HttpStatusCode.NotFound);

        var unchanged = (await specialist.GetAsync(url)).Expect(HttpStatusCode.OK);
        Assert.Equal(task.Version, unchanged.Version);
        Assert.Equal("open", unchanged.Object["status"]!.GetValue<string>());

        // Hostile characters are data, stored and answered as given.
        const string hostile = "<script>alert('x')</script> \"; DROP TABLE care_tasks; -- 🐾 Ünïcødé";
        var patched = (await specialist.PatchAsync(url, new { version = task.Version, title = hostile })).Expect(HttpStatusCode.OK);
        Assert.Equal(hostile, patched.Object["title"]!.GetValue<string>());
        Assert.Equal(hostile, (await specialist.GetAsync(url)).Expect(HttpStatusCode.OK).Object["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_page_through_more_than_one_page_soonest_due_first_and_filter_overdue()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var start = DateTimeOffset.UtcNow;
        var created = new List<string>();
        for (var i = 0; i < 45; i++)
            created.Add((await cast.NewTaskAsync(pet, dueAt: start.AddHours(i % 2 == 0 ? 45 - i : -(i + 1)), title: $"Task {i}")).Id);

        var pages = 0;
        var listed = new List<System.Text.Json.Nodes.JsonObject>();
        string? cursor = null;
        do
        {
            var page = (await cast["specialist"].GetAsync($"/api/tasks?pet={pet}&limit=20" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")))
                .Expect(HttpStatusCode.OK).Object;
            listed.AddRange(page["items"]!.AsArray().Select(t => t!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        } while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(created.Order(), listed.Select(t => t["id"]!.GetValue<string>()).Order());
        var due = listed.Select(t => t["dueAt"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(due.Order(), due);

        var overdue = await ApiFixtureHelpers.AllPagesAsync(cast["specialist"], $"/api/tasks?pet={pet}&due=overdue&limit=10");
        Assert.Equal(22, overdue.Count);
        Assert.All(overdue, t => Assert.True(t["dueAt"]!.GetValue<DateTimeOffset>() < start));
    }
}

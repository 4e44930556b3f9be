using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Tasks;

/// <summary>The worker flags an overdue task once per due time (the stack's worker scans every half second), and its assignee is told.</summary>
[Collection("stack")]
public sealed class OverdueTaskTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task An_overdue_task_is_flagged_exactly_once_per_due_time_across_many_scans()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var specialist = cast["specialist"];
        var task = await cast.NewTaskAsync(pet, dueAt: DateTimeOffset.UtcNow.AddHours(-2));
        var id = Guid.Parse(task.Id);

        await Poll.UntilAsync(() => FlagsAsync(id), count => count == 1, "the overdue flag");
        await WaitForLaterScanAsync(cast, pet);
        Assert.Equal(1, await FlagsAsync(id));
        await Poll.UntilAsync(() => OverdueNoticesAsync(specialist, task.Id), count => count == 1, "the assignee's overdue notification");

        // A new due time that has passed is a new deadline: flagged once more.
        var current = (await specialist.GetAsync($"/api/tasks/{task.Id}")).Expect(HttpStatusCode.OK);
        var moved = (await specialist.PatchAsync($"/api/tasks/{task.Id}", new { version = current.Version, dueAt = DateTimeOffset.UtcNow.AddHours(-1) })).Expect(HttpStatusCode.OK);
        await Poll.UntilAsync(() => FlagsAsync(id), count => count == 2, "the flag for the new due time");

        // Snoozed into the future: quiet; done: never flagged again.
        var snoozed = (await specialist.PostAsync($"/api/tasks/{task.Id}/snooze", new { version = moved.Version, until = DateTimeOffset.UtcNow.AddDays(2) })).Expect(HttpStatusCode.OK);
        (await specialist.PostAsync($"/api/tasks/{task.Id}/done", new { version = snoozed.Version })).Expect(HttpStatusCode.OK);
        var doneTask = await cast.NewTaskAsync(pet, dueAt: DateTimeOffset.UtcNow.AddHours(-3));
        (await specialist.PostAsync($"/api/tasks/{doneTask.Id}/done", new { version = doneTask.Version })).Expect(HttpStatusCode.OK);
        await WaitForLaterScanAsync(cast, pet);
        Assert.Equal(2, await FlagsAsync(id));
        Assert.Equal(0, await FlagsAsync(Guid.Parse(doneTask.Id)));
        Assert.Equal(0, await api.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT 1 FROM task_overdue_flags GROUP BY care_task_id, due_at HAVING count(*) > 1) AS doubles"));
    }

    private async Task<int> FlagsAsync(Guid taskId) =>
        (int)await api.ScalarAsync<long>("SELECT count(*) FROM task_overdue_flags WHERE care_task_id = @id", ("id", taskId));

    private static async Task<int> OverdueNoticesAsync(ApiClient user, string taskId) =>
        (await ApiFixtureHelpers.AllPagesAsync(user, "/api/notifications?limit=200"))
            .Count(n => n["kind"]!.GetValue<string>() == "taskOverdue" && n["link"]!["id"]!.GetValue<string>() == taskId);

    /// <summary>A new overdue task whose flag appears proves a scan ran after this point.</summary>
    private async Task WaitForLaterScanAsync(StaffCast cast, string pet)
    {
        var sentinel = Guid.Parse((await cast.NewTaskAsync(pet, dueAt: DateTimeOffset.UtcNow.AddMinutes(-5))).Id);
        await Poll.UntilAsync(() => FlagsAsync(sentinel), count => count == 1, "a later scan (the sentinel's flag)");
    }
}

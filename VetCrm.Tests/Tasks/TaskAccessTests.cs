using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Tasks;

/// <summary>
/// The task rows of the access matrix (VetCrm.Api/README.md), every actor on every operation, on one case of coordinator
/// C and specialist S. 404 = out of reach, 403 = no role (or not allowed), 400 = a pet out of reach named as bad input.
/// </summary>
[Collection("stack")]
public sealed class TaskAccessTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    // Per actor, in the order of TaskCast.Actors: admin, C, C', S, S', clientCare, no role.
    private static readonly Dictionary<string, int[]> Expected = new()
    {
        ["read"] = [200, 200, 404, 200, 404, 200, 403],
        ["list"] = [200, 200, 404, 200, 404, 200, 403],
        ["create"] = [201, 201, 400, 201, 400, 201, 403],
        ["update"] = [200, 200, 404, 200, 404, 200, 403],
        ["status"] = [200, 200, 404, 200, 404, 200, 403],
        ["reassign"] = [200, 200, 404, 200, 404, 200, 403],
        ["archive"] = [200, 403, 404, 403, 404, 403, 403],
    };

    public static TheoryData<string> Operations() => [.. Expected.Keys];

    [Theory, MemberData(nameof(Operations))]
    public async Task Task_access_row(string operation)
    {
        var cast = await TaskCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var failures = new List<string>();
        for (var i = 0; i < TaskCast.Actors.Length; i++)
        {
            var name = TaskCast.Actors[i];
            var actor = cast[name];
            // A fresh task per actor, so one actor's change (done, archived) never decides another's answer.
            var task = await cast.NewTaskAsync(pet);
            var response = operation switch
            {
                "read" => await actor.GetAsync($"/api/tasks/{task.Id}"),
                "list" => await actor.GetAsync($"/api/tasks?pet={pet}&limit=200"),
                "create" => await actor.PostAsync("/api/tasks", new { pet = new { id = pet }, title = "Send the discharge summary", assignee = new { id = cast["specialist"].UserId } }),
                "update" => await actor.PatchAsync($"/api/tasks/{task.Id}", new { version = task.Version, title = "Call the owner back" }),
                "status" => await actor.PostAsync($"/api/tasks/{task.Id}/done", new { version = task.Version }),
                "reassign" => await actor.PostAsync($"/api/tasks/{task.Id}/reassign", new { version = task.Version, assignee = new { id = cast["coordinator"].UserId } }),
                "archive" => await actor.PostAsync($"/api/tasks/{task.Id}/archive"),
                _ => throw new ArgumentOutOfRangeException(nameof(operation)),
            };
            var expected = Expected[operation][i];
            if (operation == "list" && response.Status == HttpStatusCode.OK)
            {
                var listed = response.Object["items"]!.AsArray().Any(t => t!["id"]!.GetValue<string>() == task.Id);
                if (listed != (expected == 200)) failures.Add($"{name} list: expected the task {(expected == 200 ? "listed" : "absent")}");
                continue;
            }
            if ((int)response.Status != expected) failures.Add($"{name} {operation}: expected {expected}, got {(int)response.Status}: {response.Text}");
            else if (expected == 400 && response.ErrorsFor("pet").Length == 0) failures.Add($"{name} {operation}: 400 without a 'pet' error: {response.Text}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_task_can_only_be_given_to_staff_who_see_its_case()
    {
        var cast = await TaskCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        foreach (var outsider in new[] { "otherSpecialist", "otherCoordinator", "none" })
        {
            var refused = (await cast["specialist"].PostAsync("/api/tasks", new { pet = new { id = pet }, title = "Recheck", assignee = new { id = cast[outsider].UserId } }))
                .Expect(HttpStatusCode.BadRequest);
            Assert.NotEmpty(refused.ErrorsFor("assignee"));
        }
        var task = await cast.NewTaskAsync(pet);
        var reassign = (await cast["specialist"].PostAsync($"/api/tasks/{task.Id}/reassign", new { version = task.Version, assignee = new { id = cast["otherSpecialist"].UserId } }))
            .Expect(HttpStatusCode.BadRequest);
        Assert.NotEmpty(reassign.ErrorsFor("assignee"));
        Assert.Equal(cast["specialist"].UserId.ToString(), (await cast["admin"].GetAsync($"/api/tasks/{task.Id}")).Expect(HttpStatusCode.OK).Object["assignee"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mine_lists_only_the_callers_tasks()
    {
        var cast = await TaskCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var forSpecialist = await cast.NewTaskAsync(pet);
        var forCoordinator = await cast.NewTaskAsync(pet, cast["coordinator"]);

        var mine = await ApiFixtureHelpers.AllPagesAsync(cast["coordinator"], $"/api/tasks?mine=true&pet={pet}&limit=200");
        Assert.Equal([forCoordinator.Id], mine.Select(t => t["id"]!.GetValue<string>()));
        var specialists = await ApiFixtureHelpers.AllPagesAsync(cast["coordinator"], $"/api/tasks?assignee={cast["specialist"].UserId}&pet={pet}&limit=200");
        Assert.Equal([forSpecialist.Id], specialists.Select(t => t["id"]!.GetValue<string>()));
        (await cast["coordinator"].GetAsync($"/api/tasks?mine=true&assignee={cast["specialist"].UserId}")).Expect(HttpStatusCode.BadRequest);
    }
}

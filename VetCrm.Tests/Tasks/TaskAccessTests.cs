using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Tasks;

/// <summary>Task access beyond the matrix's cells (in AccessMatrixTests): to whom a task may go, and what "mine" lists.</summary>
[Collection("stack")]
public sealed class TaskAccessTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_task_can_only_be_given_to_staff_who_see_its_case()
    {
        var cast = await StaffCast.ForAsync(api);
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
        var cast = await StaffCast.ForAsync(api);
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

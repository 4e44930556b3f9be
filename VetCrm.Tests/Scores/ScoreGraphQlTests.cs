using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.GraphQl;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Tasks;

namespace VetCrm.Tests.Scores;

/// <summary>Scores over GraphQL: the same commands and queries as REST, so the same checks, thresholds and reach.</summary>
[Collection("stack")]
public sealed class ScoreGraphQlTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    private const string Record = """
        mutation($input: RecordScoreInput!) {
          recordScore(input: $input) { id value category thresholdTaskId scoreType { code threshold { atLeast taskTitle } } recordedBy { id } }
        }
        """;

    [Fact]
    public async Task RecordScore_checks_the_range_raises_the_threshold_task_and_scores_lists_the_trend()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var specialist = cast["specialist"];

        var outside = await specialist.GraphQlAsync(Record, new { input = new { pet, scoreType = ScoreTypeIds.CmpsSf, value = 24.5m } });
        Assert.Equal("BAD_USER_INPUT", outside.ErrorCode());
        Assert.NotNull(outside.Errors[0]!["extensions"]!["fieldErrors"]!["value"]);
        var unknown = await specialist.GraphQlAsync(Record, new { input = new { pet, scoreType = ScoreTypeIds.AcvimMmvd, category = "Z" } });
        Assert.NotNull(unknown.Errors[0]!["extensions"]!["fieldErrors"]!["category"]);
        Assert.Equal("FORBIDDEN", (await cast["clientCare"].GraphQlAsync(Record, new { input = new { pet, scoreType = ScoreTypeIds.CmpsSf, value = 2 } })).ErrorCode());

        var high = (await specialist.GraphQlAsync(Record, new { input = new { pet, scoreType = ScoreTypeIds.CmpsSf, value = 7, scoreDate = DateTimeOffset.UtcNow.AddHours(-1) } }))
            .Ok()["recordScore"]!;
        Assert.Equal(7m, high["value"]!.GetValue<decimal>());
        Assert.Equal("cmps-sf", high["scoreType"]!["code"]!.GetValue<string>());
        Assert.Equal(6m, high["scoreType"]!["threshold"]!["atLeast"]!.GetValue<decimal>());
        Assert.Equal(specialist.UserId.ToString(), high["recordedBy"]!["id"]!.GetValue<string>());
        var taskId = high["thresholdTaskId"]!.GetValue<string>();
        var task = (await specialist.GetAsync($"/api/tasks/{taskId}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal(specialist.UserId.ToString(), task["assignee"]!["id"]!.GetValue<string>());
        var low = (await specialist.GraphQlAsync(Record, new { input = new { pet, scoreType = ScoreTypeIds.CmpsSf, value = 2 } })).Ok()["recordScore"]!;
        Assert.Null(low["thresholdTaskId"]);

        const string Trend = "query($pet: ID, $type: ID) { scores(pet: $pet, scoreType: $type, limit: 1) { items { value } nextCursor } }";
        var first = (await cast["clientCare"].GraphQlAsync(Trend, new { pet, type = ScoreTypeIds.CmpsSf })).Ok()["scores"]!;
        Assert.Equal(7m, first["items"]![0]!["value"]!.GetValue<decimal>());
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = (await cast["clientCare"].GraphQlAsync("query($pet: ID, $cursor: String) { scores(pet: $pet, limit: 1, cursor: $cursor) { items { value } nextCursor } }",
            new { pet, cursor })).Ok()["scores"]!;
        Assert.Equal(2m, second["items"]![0]!["value"]!.GetValue<decimal>());
        Assert.Empty((await cast["otherSpecialist"].GraphQlAsync(Trend, new { pet, type = ScoreTypeIds.CmpsSf })).Ok()["scores"]!["items"]!.AsArray());

        var types = (await cast["clientCare"].GraphQlAsync("{ scoreTypes(active: true, limit: 200) { items { code kind min max categories } } }")).Ok()["scoreTypes"]!["items"]!.AsArray();
        var stage = types.Single(t => t!["code"]!.GetValue<string>() == "acvim-mmvd")!;
        Assert.Equal(["A", "B1", "B2", "C", "D"], stage["categories"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(24m, types.Single(t => t!["code"]!.GetValue<string>() == "cmps-sf")!["max"]!.GetValue<decimal>());
    }
}

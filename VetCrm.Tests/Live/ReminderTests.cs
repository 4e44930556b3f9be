using System.Diagnostics;
using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Live;

[Collection("live")]
public sealed class ReminderTests(LiveStackFixture stack)
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
    private readonly ApiFixtureHelpers _api = new(stack);

    [Fact]
    public async Task Overdue_plans_are_flagged_exactly_once_with_two_workers_running()
    {
        var (specialist, pet, referral) = await NewCaseAsync();
        var planIds = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            planIds.Add(await CreatePlanAsync(specialist, pet, referral, Yesterday));
        }

        await Poll.UntilAsync(() => CountRemindersAsync(planIds), count => count == planIds.Count, "a reminder for each overdue plan");
        // A plan made after them that is flagged too proves later scans ran; none of them may flag a plan twice.
        var sentinel = await CreatePlanAsync(specialist, pet, referral, Yesterday);
        await Poll.UntilAsync(() => CountRemindersAsync([sentinel]), count => count == 1, "the sentinel plan's reminder");

        Assert.Equal(planIds.Count, await CountRemindersAsync(planIds));
        Assert.Equal(planIds.Count, await _api.ScalarAsync<long>("""
            SELECT count(DISTINCT l.treatment_plan_id) FROM interaction_logs l JOIN users u ON u.id = l.user_id
            WHERE l.interaction_type = 'reminder' AND l.follow_up_needed AND u.user_name = 'system' AND l.treatment_plan_id = ANY(@plans)
            """, ("plans", planIds.ToArray())));
    }

    [Fact]
    public async Task When_a_worker_is_killed_mid_scan_the_other_finishes_and_nothing_is_flagged_twice()
    {
        var (specialist, pet, referral) = await NewCaseAsync();
        const int plans = 300;
        // All at once in one transaction, as an import would: both workers find them in the same instant.
        var planIds = await _api.IdsAsync("""
            INSERT INTO treatment_plans (id, plan_title, pet_id, referral_id, diagnosis_notes, plan_status, next_review_date,
                client_instructions, created_by_user_id, revision, created_at, updated_at, created_by_id)
            SELECT gen_random_uuid(), 'Imported plan ' || n, @pet, @referral, 'Imported', 'active', @due, 'Rest', @specialist, 1, now(), now(), @specialist
            FROM generate_series(1, @plans) AS n
            RETURNING id
            """, ("pet", Guid.Parse(pet)), ("referral", Guid.Parse(referral)), ("due", Yesterday), ("specialist", specialist.UserId), ("plans", plans));

        var victim = stack.Instances.Of("worker").First(i => i.ProcessId is not null);
        // DCP runs a project as `dotnet run`: the service is its child, and must die with it.
        Process.GetProcessById(victim.ProcessId!.Value).Kill(entireProcessTree: true);
        try
        {
            await Poll.UntilAsync(() => CountRemindersAsync(planIds), count => count == plans, "the surviving worker to flag every plan", TimeSpan.FromSeconds(90));
            Assert.Equal(0L, await _api.ScalarAsync<long>("""
                SELECT count(*) FROM (SELECT treatment_plan_id FROM interaction_logs WHERE interaction_type = 'reminder'
                AND treatment_plan_id = ANY(@plans) GROUP BY treatment_plan_id HAVING count(*) > 1) AS doubles
                """, ("plans", planIds.ToArray())));
        }
        finally
        {
            await stack.ExecuteInstanceCommandAsync(victim.ResourceId, KnownResourceCommands.StartCommand);
            await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("worker");
        }
    }

    [Fact]
    public async Task Rescheduling_clears_the_overdue_state_and_a_new_date_is_flagged_again_but_a_completed_plan_is_not_until_it_is_active_again()
    {
        var (specialist, pet, referral) = await NewCaseAsync();
        var plan = await CreatePlanAsync(specialist, pet, referral, Yesterday);
        await Poll.UntilAsync(() => CountRemindersAsync([plan]), count => count == 1, "the first reminder");

        // Moved to next month: no longer overdue, nothing new to flag.
        await PatchPlanAsync(specialist, plan, new { nextReviewDate = Yesterday.AddDays(31).ToString("yyyy-MM-dd") });
        await WaitForLaterScanAsync(specialist, pet, referral);
        Assert.Equal(1, await CountRemindersAsync([plan]));
        Assert.False(await IsOverdueAsync(plan));

        // A new review date that has passed is a new review: flagged once more.
        await PatchPlanAsync(specialist, plan, new { nextReviewDate = Yesterday.AddDays(-1).ToString("yyyy-MM-dd") });
        await Poll.UntilAsync(() => CountRemindersAsync([plan]), count => count == 2, "the reminder for the new review date");

        // Completed with a passed date: not overdue, never flagged.
        await PatchPlanAsync(specialist, plan, new { planStatus = "completed", nextReviewDate = Yesterday.AddDays(-2).ToString("yyyy-MM-dd") });
        await WaitForLaterScanAsync(specialist, pet, referral);
        Assert.Equal(2, await CountRemindersAsync([plan]));
        Assert.False(await IsOverdueAsync(plan));

        // Active again with that passed date: a review never flagged, so flagged now.
        await PatchPlanAsync(specialist, plan, new { planStatus = "active" });
        await Poll.UntilAsync(() => CountRemindersAsync([plan]), count => count == 3, "the reminder once the plan is active again");

        // Moved back to the first review date: that review was flagged already, so not again.
        await PatchPlanAsync(specialist, plan, new { nextReviewDate = Yesterday.ToString("yyyy-MM-dd") });
        await WaitForLaterScanAsync(specialist, pet, referral);
        Assert.Equal(3, await CountRemindersAsync([plan]));
        Assert.True(await IsOverdueAsync(plan));
    }

    private async Task<(ApiClient Specialist, string PetId, string ReferralId)> NewCaseAsync()
    {
        using var admin = await _api.AdminAsync();
        var specialist = await _api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referral = await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet));
        return (specialist, pet, referral);
    }

    private static async Task<Guid> CreatePlanAsync(ApiClient specialist, string pet, string referral, DateOnly nextReviewDate) =>
        Guid.Parse(await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(pet, referral, nextReviewDate)));

    private static async Task PatchPlanAsync(ApiClient specialist, Guid plan, object changes)
    {
        var version = (await specialist.GetAsync($"/api/treatment-plans/{plan}")).Expect(HttpStatusCode.OK).Version;
        var body = System.Text.Json.JsonSerializer.SerializeToNode(changes)!.AsObject();
        body["version"] = version;
        (await specialist.PatchAsync($"/api/treatment-plans/{plan}", body)).Expect(HttpStatusCode.OK);
    }

    /// <summary>A new overdue plan whose reminder appears proves a scan ran after this point.</summary>
    private async Task WaitForLaterScanAsync(ApiClient specialist, string pet, string referral)
    {
        var sentinel = await CreatePlanAsync(specialist, pet, referral, Yesterday);
        await Poll.UntilAsync(() => CountRemindersAsync([sentinel]), count => count == 1, "a later scan (the sentinel's reminder)");
    }

    private async Task<int> CountRemindersAsync(IReadOnlyCollection<Guid> planIds) =>
        (int)await _api.ScalarAsync<long>("SELECT count(*) FROM interaction_logs WHERE interaction_type = 'reminder' AND treatment_plan_id = ANY(@plans)",
            ("plans", planIds.ToArray()));

    /// <summary>The worker's definition of overdue: active, review date passed.</summary>
    private Task<bool> IsOverdueAsync(Guid planId) =>
        _api.ScalarAsync<bool>("SELECT plan_status = 'active' AND next_review_date < current_date FROM treatment_plans WHERE id = @id", ("id", planId));
}

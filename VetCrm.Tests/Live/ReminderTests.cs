using System.Text.Json.Nodes;
using Npgsql;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Live;

[Collection("live")]
public sealed class ReminderTests(LiveStackFixture stack)
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    [Fact]
    public async Task Overdue_plans_are_flagged_exactly_once_with_two_workers_running()
    {
        var (specialist, pet, referral) = await NewCaseAsync();
        var planIds = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            planIds.Add(Id(await Cases.CreatePlanAsync(specialist, pet, referral, Yesterday)));
        }

        await Poll.UntilAsync(() => CountRemindersAsync(planIds), count => count == planIds.Count, "a reminder for each overdue plan");
        // A plan made after them that is flagged too proves later scans ran; none of them may flag a plan twice.
        var sentinel = Id(await Cases.CreatePlanAsync(specialist, pet, referral, Yesterday));
        await Poll.UntilAsync(() => CountRemindersAsync([sentinel]), count => count == 1, "the sentinel plan's reminder");

        Assert.Equal(planIds.Count, await CountRemindersAsync(planIds));
        await using var connection = await OpenAsync();
        await using var details = new NpgsqlCommand("""
            SELECT bool_and(l.follow_up_needed), bool_and(u.user_name = 'system'), count(DISTINCT l.treatment_plan_id), count(*)
            FROM interaction_logs l JOIN users u ON u.id = l.user_id
            WHERE l.interaction_type = 'reminder' AND l.treatment_plan_id = ANY($1)
            """, connection) { Parameters = { new() { Value = planIds.ToArray() } } };
        await using var reader = await details.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.True(reader.GetBoolean(0), "every reminder asks for a follow-up");
        Assert.True(reader.GetBoolean(1), "reminders are written by the system account");
        Assert.Equal(planIds.Count, reader.GetInt64(2));
        Assert.Equal(planIds.Count, reader.GetInt64(3));
    }

    [Fact]
    public async Task When_a_worker_is_killed_mid_scan_the_other_finishes_and_nothing_is_flagged_twice()
    {
        var (specialist, pet, referral) = await NewCaseAsync();
        const int plans = 300;
        Guid[] planIds;
        await using (var connection = await OpenAsync())
        {
            // All at once in one transaction, as an import would: both workers see them in the same instant.
            await using var insert = new NpgsqlCommand("""
                INSERT INTO treatment_plans (id, plan_title, pet_id, referral_id, diagnosis_notes, plan_status, next_review_date,
                    client_instructions, created_by_user_id, revision, created_at, updated_at, created_by_id)
                SELECT gen_random_uuid(), 'Imported plan ' || n, $1, $2, 'Imported', 'active', $3, 'Rest', $4, 1, now(), now(), $4
                FROM generate_series(1, $5) AS n
                RETURNING id
                """, connection)
            {
                Parameters = { new() { Value = Guid.Parse(pet) }, new() { Value = Guid.Parse(referral) }, new() { Value = Yesterday }, new() { Value = specialist.Id }, new() { Value = plans } },
            };
            var ids = new List<Guid>();
            await using var reader = await insert.ExecuteReaderAsync();
            while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
            planIds = [.. ids];
        }

        var victim = stack.App.ResourceNotifications.InstancesOf("worker").First(i => i.ProcessId is not null);
        System.Diagnostics.Process.GetProcessById(victim.ProcessId!.Value).Kill();
        try
        {
            await Poll.UntilAsync(() => CountRemindersAsync(planIds), count => count == plans, "the surviving worker to flag every plan", TimeSpan.FromSeconds(90));
            await using var connection = await OpenAsync();
            await using var twice = new NpgsqlCommand("""
                SELECT count(*) FROM (SELECT treatment_plan_id FROM interaction_logs
                WHERE interaction_type = 'reminder' AND treatment_plan_id = ANY($1) GROUP BY treatment_plan_id HAVING count(*) > 1) AS doubles
                """, connection) { Parameters = { new() { Value = planIds } } };
            Assert.Equal(0L, (long)(await twice.ExecuteScalarAsync())!);
        }
        finally
        {
            await stack.App.Orchestrator.StartResourceAsync(victim.Name);
            await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("worker");
        }
    }

    [Fact]
    public async Task Rescheduling_clears_the_overdue_state_and_a_new_date_is_flagged_again_but_a_completed_plan_is_not()
    {
        var (specialist, pet, referral) = await NewCaseAsync();
        var plan = Id(await Cases.CreatePlanAsync(specialist, pet, referral, Yesterday));
        var path = $"/api/treatment-plans/{plan}";
        await Poll.UntilAsync(() => CountRemindersAsync([plan]), count => count == 1, "the first reminder");

        // Moved to next month: no longer overdue, nothing new to flag.
        await Cases.PatchAsync(specialist, path, new JsonObject { ["nextReviewDate"] = Yesterday.AddDays(31).ToString("yyyy-MM-dd") });
        var sentinel = Id(await Cases.CreatePlanAsync(specialist, pet, referral, Yesterday));
        await Poll.UntilAsync(() => CountRemindersAsync([sentinel]), count => count == 1, "a later scan (the sentinel's reminder)");
        Assert.Equal(1, await CountRemindersAsync([plan]));
        Assert.False(await IsOverdueAsync(plan));

        // A new review date that has passed is a new review: flagged once more.
        await Cases.PatchAsync(specialist, path, new JsonObject { ["nextReviewDate"] = Yesterday.AddDays(-1).ToString("yyyy-MM-dd") });
        await Poll.UntilAsync(() => CountRemindersAsync([plan]), count => count == 2, "the reminder for the new review date");

        // Completed with a passed date: not overdue, never flagged.
        await Cases.PatchAsync(specialist, path, new JsonObject { ["planStatus"] = "completed", ["nextReviewDate"] = Yesterday.AddDays(-2).ToString("yyyy-MM-dd") });
        var secondSentinel = Id(await Cases.CreatePlanAsync(specialist, pet, referral, Yesterday));
        await Poll.UntilAsync(() => CountRemindersAsync([secondSentinel]), count => count == 1, "a later scan (the second sentinel's reminder)");
        Assert.Equal(2, await CountRemindersAsync([plan]));
        Assert.False(await IsOverdueAsync(plan));
    }

    private async Task<(StaffMember Specialist, string PetId, string ReferralId)> NewCaseAsync()
    {
        var admin = await Staff.AdminAsync(stack);
        var specialist = await Staff.CreateAsync(stack, "specialist", admin);
        var pet = Id(await Cases.CreatePetAsync(admin, specialist.Id)).ToString();
        var referral = Id(await Cases.CreateReferralAsync(admin, pet)).ToString();
        return (specialist, pet, referral);
    }

    private static Guid Id(JsonObject record) => Guid.Parse((string)record["id"]!);

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await stack.GetConnectionStringAsync("vetcrmdb"));
        await connection.OpenAsync();
        return connection;
    }

    private async Task<int> CountRemindersAsync(IReadOnlyCollection<Guid> planIds)
    {
        await using var connection = await OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM interaction_logs WHERE interaction_type = 'reminder' AND treatment_plan_id = ANY($1)", connection)
        { Parameters = { new() { Value = planIds.ToArray() } } };
        return (int)(long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>The worker's definition of overdue: active, review date passed.</summary>
    private async Task<bool> IsOverdueAsync(Guid planId)
    {
        await using var connection = await OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT plan_status = 'active' AND next_review_date < current_date FROM treatment_plans WHERE id = $1", connection)
        { Parameters = { new() { Value = planId } } };
        return (bool)(await query.ExecuteScalarAsync())!;
    }
}

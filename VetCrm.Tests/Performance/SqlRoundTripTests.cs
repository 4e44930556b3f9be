using VetCrm.Hosting.Testing;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Performance;

/// <summary>
/// A list request with includes is one SQL query, whatever the page size (no N+1): counted from PostgreSQL's own
/// statement log, so what is counted is what the API really sent.
/// </summary>
[Collection("stack")]
public sealed class SqlRoundTripTests(StackFixture stack)
{
    [Theory]
    [InlineData("/api/referrals?include=pet,receivedBy&order=-receivedAt&limit={0}", "referrals")]
    [InlineData("/api/pets?include=assignedSpecialist&order=-updatedAt&limit={0}", "pets")]
    [InlineData("/api/treatment-plans?include=pet,referral,createdBy&limit={0}", "treatment_plans")]
    [InlineData("/api/interactions?include=pet,referral,treatmentPlan,user&limit={0}", "interaction_logs")]
    [InlineData("/api/referrals/queue?limit={0}", "referrals")]
    public async Task A_list_with_includes_takes_the_same_single_query_for_any_page_size(string path, string table)
    {
        var admin = await Staff.AdminAsync(stack);
        var specialist = await Staff.CreateAsync(stack, "specialist", admin);
        for (var i = 0; i < 6; i++)
        {
            var pet = (string)(await Cases.CreatePetAsync(admin, specialist.Id))["id"]!;
            var referral = (string)(await Cases.CreateReferralAsync(admin, pet))["id"]!;
            var plan = (string)(await Cases.CreatePlanAsync(specialist, pet, referral, nextReviewDate: null))["id"]!;
            await Cases.PostAsync(admin, "/api/interactions", new()
            {
                ["pet"] = new System.Text.Json.Nodes.JsonObject { ["id"] = pet },
                ["treatmentPlan"] = new System.Text.Json.Nodes.JsonObject { ["id"] = plan },
                ["interactionType"] = "note",
                ["summary"] = "Owner updated on progress.",
                ["followUpNeeded"] = false,
            });
        }

        await using var log = await PostgresStatementLog.StartAsync(stack.App, "postgres");
        var small = await QueriesOnAsync(log, admin, string.Format(path, 2), table);
        var large = await QueriesOnAsync(log, admin, string.Format(path, 6), table);

        Assert.Single(small);
        Assert.Single(large);
        Assert.Equal(PostgresStatementLog.Shape(small[0]), PostgresStatementLog.Shape(large[0]));
    }

    /// <summary>The statements of one request that read the listed table (the actor lookup and background work aside).</summary>
    private static async Task<List<string>> QueriesOnAsync(PostgresStatementLog log, StaffMember admin, string path, string table)
    {
        var statements = await log.CaptureAsync(
            async () => await Staff.EnsureSuccessAsync(await admin.Api.GetAsync(path)),
            logged => logged.Any(s => s.Contains($"FROM {table} AS")));
        return [.. statements.Where(s => s.Contains($"FROM {table} AS") && !s.Contains("FOR UPDATE") && !s.Contains("count("))];
    }
}

using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Tasks;

namespace VetCrm.Tests.Equipment;

/// <summary>The worker (scanning every half second in the test stack) flags a loan past its due-back time once per due time, with a task for client care.</summary>
[Collection("stack")]
public sealed class OverdueLoanTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task An_overdue_loan_raises_exactly_one_task_across_many_scans_and_a_new_due_date_raises_another()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var desk = cast["clientCare"];
        var item = await EquipmentStock.NewItemAsync(cast["admin"]);
        var serial = item.Object["serialNumber"]!.GetValue<string>();
        var now = DateTimeOffset.UtcNow;
        var loan = (await EquipmentStock.LendAsync(desk, item.Id, pet, checkedOutAt: now.AddDays(-3), dueBackAt: now.AddHours(-2))).Expect(HttpStatusCode.Created);
        Assert.True(loan.Object["overdue"]!.GetValue<bool>());

        await Poll.UntilAsync(() => ChaseTasksAsync(pet, serial), count => count == 1, "the chase task");
        await WaitForLaterScanAsync(cast, pet);
        Assert.Equal(1, await ChaseTasksAsync(pet, serial));
        Assert.Equal(1, await FlagsAsync(loan.Id));
        // Handed over by client care, chased by the same person, who met the owner.
        Assert.Equal(desk.UserId, await api.ScalarAsync<Guid>("SELECT assignee_id FROM care_tasks WHERE pet_id = @pet AND title LIKE @serial",
            ("pet", Guid.Parse(pet)), ("serial", $"%{serial}%")));
        var overdue = await ApiFixtureHelpers.AllPagesAsync(desk, $"/api/equipment-loans?pet={pet}&overdue=true&limit=200");
        Assert.Contains(overdue, l => l["id"]!.GetValue<string>() == loan.Id);

        // A new due-back time that passes is a new deadline: one more task, and only one.
        var moved = (await desk.PatchAsync($"/api/equipment-loans/{loan.Id}", new { version = loan.Version, dueBackAt = now.AddHours(-1) })).Expect(HttpStatusCode.OK);
        await Poll.UntilAsync(() => ChaseTasksAsync(pet, serial), count => count == 2, "the chase task for the new due time");

        // Returned: never flagged again.
        (await EquipmentStock.MoveAsync(desk, loan.Id, "returned", moved.Version)).Expect(HttpStatusCode.OK);
        await WaitForLaterScanAsync(cast, pet);
        Assert.Equal(2, await ChaseTasksAsync(pet, serial));
        Assert.Equal(2, await FlagsAsync(loan.Id));
        Assert.Equal(0L, await api.ScalarAsync<long>(
            "SELECT count(*) FROM (SELECT 1 FROM loan_overdue_flags GROUP BY equipment_loan_id, due_back_at HAVING count(*) > 1) AS doubles"));
    }

    [Fact]
    public async Task A_loan_not_handed_over_by_client_care_is_chased_by_the_pets_specialist_when_no_desk_is_configured()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var item = await EquipmentStock.NewItemAsync(cast["admin"], "mobilityCart", "Mobility cart, small");
        var serial = item.Object["serialNumber"]!.GetValue<string>();
        var now = DateTimeOffset.UtcNow;
        (await EquipmentStock.LendAsync(cast["coordinator"], item.Id, pet, checkedOutAt: now.AddDays(-10), dueBackAt: now.AddDays(-1))).Expect(HttpStatusCode.Created);

        await Poll.UntilAsync(() => ChaseTasksAsync(pet, serial), count => count == 1, "the chase task");
        var task = (await ApiFixtureHelpers.AllPagesAsync(cast["specialist"], $"/api/tasks?pet={pet}&limit=200"))
            .Single(t => t["title"]!.GetValue<string>().Contains(serial));
        Assert.Equal(cast["specialist"].UserId.ToString(), task["assignee"]!["id"]!.GetValue<string>());
        Assert.Equal("open", task["status"]!.GetValue<string>());
    }

    private async Task<int> ChaseTasksAsync(string petId, string serial) =>
        (int)await api.ScalarAsync<long>("SELECT count(*) FROM care_tasks WHERE pet_id = @pet AND title LIKE @serial", ("pet", Guid.Parse(petId)), ("serial", $"%{serial}%"));

    private async Task<int> FlagsAsync(string loanId) =>
        (int)await api.ScalarAsync<long>("SELECT count(*) FROM loan_overdue_flags WHERE equipment_loan_id = @id", ("id", Guid.Parse(loanId)));

    /// <summary>A new overdue loan whose flag appears proves a scan ran after this point.</summary>
    private async Task WaitForLaterScanAsync(StaffCast cast, string pet)
    {
        var sentinelItem = await EquipmentStock.NewItemAsync(cast["admin"], "eCollar", "Sentinel e-collar");
        var now = DateTimeOffset.UtcNow;
        var sentinel = (await EquipmentStock.LendAsync(cast["clientCare"], sentinelItem.Id, pet, checkedOutAt: now.AddDays(-2), dueBackAt: now.AddMinutes(-5)))
            .Expect(HttpStatusCode.Created);
        await Poll.UntilAsync(() => FlagsAsync(sentinel.Id), count => count == 1, "a later scan (the sentinel's flag)");
    }
}

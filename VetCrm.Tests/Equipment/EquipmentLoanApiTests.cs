using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Tasks;

namespace VetCrm.Tests.Equipment;

/// <summary>Lending and taking back equipment over REST: one item never out twice, versions, the history and audit, bad input, paging.</summary>
[Collection("stack")]
public sealed class EquipmentLoanApiTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Client_care_lends_a_holter_monitor_and_takes_it_back_with_the_version_it_read()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var desk = cast["clientCare"];
        var item = await EquipmentStock.NewItemAsync(cast["coordinator"]);
        Assert.Equal("available", item.Object["availability"]!.GetValue<string>());

        var lent = (await EquipmentStock.LendAsync(desk, item.Id, pet)).Expect(HttpStatusCode.Created);
        Assert.Equal("checkedOut", lent.Object["status"]!.GetValue<string>());
        Assert.Equal(desk.UserId.ToString(), lent.Object["loggedBy"]!["id"]!.GetValue<string>());
        Assert.Null(lent.Object["returnedAt"]);
        Assert.False(lent.Object["overdue"]!.GetValue<bool>());
        Assert.Equal(["returned", "maintenance"], lent.Object["nextStatuses"]!.AsArray().Select(s => s!.GetValue<string>()));
        var held = (await desk.GetAsync($"/api/equipment-items/{item.Id}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("checkedOut", held["availability"]!.GetValue<string>());
        Assert.Equal(lent.Id, held["heldBy"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain("lend", held["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));

        // Someone else changed the loan meanwhile: the return decided on the old version is refused and changes nothing.
        var extended = (await cast["specialist"].PatchAsync($"/api/equipment-loans/{lent.Id}", new { version = lent.Version, dueBackAt = DateTimeOffset.UtcNow.AddDays(3) }))
            .Expect(HttpStatusCode.OK);
        var stale = (await EquipmentStock.MoveAsync(desk, lent.Id, "returned", lent.Version)).Expect(HttpStatusCode.Conflict);
        Assert.NotEmpty(stale.ErrorsFor("version"));
        Assert.Equal("checkedOut", (await desk.GetAsync($"/api/equipment-loans/{lent.Id}")).Expect(HttpStatusCode.OK).Object["status"]!.GetValue<string>());

        var returned = (await EquipmentStock.MoveAsync(desk, lent.Id, "returned", extended.Version, "Back at the desk, pads used.")).Expect(HttpStatusCode.OK);
        Assert.Equal("returned", returned.Object["status"]!.GetValue<string>());
        Assert.NotNull(returned.Object["returnedAt"]);
        Assert.Empty(returned.Object["nextStatuses"]!.AsArray());
        (await EquipmentStock.MoveAsync(desk, lent.Id, "checkedOut", returned.Version)).Expect(HttpStatusCode.Conflict);
        Assert.Equal("available", (await desk.GetAsync($"/api/equipment-items/{item.Id}")).Expect(HttpStatusCode.OK).Object["availability"]!.GetValue<string>());

        var history = (await desk.GetAsync($"/api/equipment-loans/{lent.Id}/status-history")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["checkedOut", "returned"], history.Select(h => h!["toValue"]!.GetValue<string>()));
        var audit = (await cast["admin"].GetAsync($"/api/audit?entityType=equipmentLoan&entityId={lent.Id}&limit=200")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["create", "update", "statusChange"], audit.Select(a => a!["action"]!.GetValue<string>()).Where(a => a != "read").Reverse());

        // Back in stock: it can go out again.
        (await EquipmentStock.LendAsync(desk, item.Id, pet)).Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_second_loan_of_an_item_that_is_out_is_refused_naming_the_loan_that_holds_it()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var (otherPet, _) = await cast.NewCaseAsync();
        var item = await EquipmentStock.NewItemAsync(cast["admin"], "mobilityCart", "Mobility cart, medium");
        var first = (await EquipmentStock.LendAsync(cast["coordinator"], item.Id, pet)).Expect(HttpStatusCode.Created);

        var second = (await EquipmentStock.LendAsync(cast["clientCare"], item.Id, otherPet)).Expect(HttpStatusCode.Conflict);
        Assert.Equal(first.Id, second.Object["heldBy"]!["id"]!.GetValue<string>());
        Assert.Contains(first.Id, second.ErrorsFor("equipmentItem").Single());

        // Back for repair, the item still cannot go out; returned to service, it can.
        var maintenance = (await EquipmentStock.MoveAsync(cast["clientCare"], first.Id, "maintenance", first.Version, "Wheel bearing worn.")).Expect(HttpStatusCode.OK);
        var refused = (await EquipmentStock.LendAsync(cast["clientCare"], item.Id, otherPet)).Expect(HttpStatusCode.Conflict);
        Assert.Equal("maintenance", refused.Object["heldBy"]!["status"]!.GetValue<string>());
        Assert.Equal(["returned"], maintenance.Object["nextStatuses"]!.AsArray().Select(s => s!.GetValue<string>()));
        (await EquipmentStock.MoveAsync(cast["clientCare"], first.Id, "returned", maintenance.Version, "Bearing replaced.")).Expect(HttpStatusCode.OK);
        (await EquipmentStock.LendAsync(cast["clientCare"], item.Id, otherPet)).Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Two_desks_lending_the_same_item_at_once_get_one_loan_and_one_conflict_naming_it()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var (otherPet, _) = await cast.NewCaseAsync();
        for (var round = 0; round < 4; round++)
        {
            var item = await EquipmentStock.NewItemAsync(cast["admin"], "eCollar", "E-collar 25 cm");
            var answers = await Task.WhenAll(EquipmentStock.LendAsync(cast["coordinator"], item.Id, pet), EquipmentStock.LendAsync(cast["clientCare"], item.Id, otherPet));
            var won = Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
            var lost = Assert.Single(answers, a => a.Status == HttpStatusCode.Conflict);
            Assert.Equal(won.Id, lost.Object["heldBy"]!["id"]!.GetValue<string>());
            Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM equipment_loans WHERE equipment_item_id = @item", ("item", Guid.Parse(item.Id))));
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_changes_nothing()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var desk = cast["clientCare"];
        var item = await EquipmentStock.NewItemAsync(cast["admin"]);
        var now = DateTimeOffset.UtcNow;

        Assert.NotEmpty((await EquipmentStock.LendAsync(desk, item.Id, pet, dueBackAt: now.AddDays(-1))).Expect(HttpStatusCode.BadRequest).ErrorsFor("dueBackAt"));
        Assert.NotEmpty((await EquipmentStock.LendAsync(desk, item.Id, pet, checkedOutAt: now.AddDays(1), dueBackAt: now.AddDays(3))).Expect(HttpStatusCode.BadRequest).ErrorsFor("checkedOutAt"));
        Assert.NotEmpty((await EquipmentStock.LendAsync(desk, Guid.NewGuid().ToString(), pet)).Expect(HttpStatusCode.BadRequest).ErrorsFor("equipmentItem"));
        Assert.NotEmpty((await EquipmentStock.LendAsync(cast["otherSpecialist"], item.Id, pet)).Expect(HttpStatusCode.BadRequest).ErrorsFor("pet"));
        Assert.NotEmpty((await desk.PostAsync("/api/equipment-loans", new { equipmentItem = new { id = item.Id }, pet = new { id = pet }, dueBackAt = now.AddDays(1), notes = "pads\u0000" }))
            .Expect(HttpStatusCode.BadRequest).ErrorsFor("notes"));
        Assert.NotEmpty((await desk.PostAsync("/api/equipment-loans", new { equipmentItem = new { id = item.Id }, pet = new { id = pet }, dueBackAt = now.AddDays(1), notes = new string('x', 5000) }))
            .Expect(HttpStatusCode.BadRequest).ErrorsFor("notes"));
        Assert.NotEmpty((await desk.PostAsync("/api/equipment-loans", new { equipmentItem = new { id = item.Id }, pet = new { id = pet } })).Expect(HttpStatusCode.BadRequest).ErrorsFor("dueBackAt"));
        (await cast["none"].PostAsync("/api/equipment-loans", new { equipmentItem = new { id = item.Id }, pet = new { id = pet }, dueBackAt = now.AddDays(1) })).Expect(HttpStatusCode.Forbidden);
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM equipment_loans WHERE equipment_item_id = @item", ("item", Guid.Parse(item.Id))));

        var loan = (await EquipmentStock.LendAsync(desk, item.Id, pet)).Expect(HttpStatusCode.Created);
        Assert.NotEmpty((await EquipmentStock.MoveAsync(desk, loan.Id, "lost", loan.Version)).Expect(HttpStatusCode.BadRequest).ErrorsFor("status"));
        Assert.NotEmpty((await desk.PatchAsync($"/api/equipment-loans/{loan.Id}", new { version = loan.Version, pet = new { id = pet } })).Expect(HttpStatusCode.BadRequest).ErrorsFor("pet"));
        Assert.NotEmpty((await desk.PatchAsync($"/api/equipment-loans/{loan.Id}", new { version = loan.Version, dueBackAt = now.AddDays(-30) })).Expect(HttpStatusCode.BadRequest).ErrorsFor("dueBackAt"));
        (await cast["otherSpecialist"].PatchAsync($"/api/equipment-loans/{loan.Id}", new { version = loan.Version, notes = "mine now" })).Expect(HttpStatusCode.NotFound);
        Assert.Equal(loan.Version, (await desk.GetAsync($"/api/equipment-loans/{loan.Id}")).Expect(HttpStatusCode.OK).Version);

        // Items: value set, unique serial number, hostile text, who may add them.
        var manager = cast["coordinator"];
        Assert.NotEmpty((await manager.PostAsync("/api/equipment-items", new { name = "Toaster", serialNumber = $"T-{Guid.NewGuid():N}", kind = "toaster" }))
            .Expect(HttpStatusCode.BadRequest).ErrorsFor("kind"));
        var serial = item.Object["serialNumber"]!.GetValue<string>();
        Assert.NotEmpty((await manager.PostAsync("/api/equipment-items", new { name = "Copy", serialNumber = serial, kind = "eCollar" })).Expect(HttpStatusCode.Conflict).ErrorsFor("serialNumber"));
        Assert.NotEmpty((await manager.PostAsync("/api/equipment-items", """{"name": "<script>alert(1)</script>\ud800", "serialNumber": "X", "kind": "eCollar"}"""))
            .Expect(HttpStatusCode.BadRequest).ErrorsFor("name"));
        (await cast["specialist"].PostAsync("/api/equipment-items", new { name = "Cart", serialNumber = $"C-{Guid.NewGuid():N}", kind = "mobilityCart" })).Expect(HttpStatusCode.Forbidden);
        (await cast["admin"].PostAsync($"/api/equipment-items/{item.Id}/archive")).Expect(HttpStatusCode.Conflict);
        var retired = (await manager.PatchAsync($"/api/equipment-items/{item.Id}", new { version = item.Version, active = false })).Expect(HttpStatusCode.OK);
        Assert.False(retired.Object["active"]!.GetValue<bool>());
        (await manager.PatchAsync($"/api/equipment-items/{item.Id}", new { version = item.Version, name = "Stale" })).Expect(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Loans_and_items_page_beyond_one_page_without_gaps_or_repeats()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var prefix = $"Paged{Guid.NewGuid():N}"[..14];
        var lent = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var item = await EquipmentStock.NewItemAsync(cast["admin"], "supportSling", $"{prefix} sling {i}");
            lent.Add((await EquipmentStock.LendAsync(cast["clientCare"], item.Id, pet, dueBackAt: DateTimeOffset.UtcNow.AddDays(i + 1))).Expect(HttpStatusCode.Created).Id);
        }

        var loans = await ApiFixtureHelpers.AllPagesAsync(cast["specialist"], $"/api/equipment-loans?pet={pet}&status=checkedOut&order=dueBackAt&limit=3&include=equipmentItem,pet");
        Assert.Equal(lent, loans.Select(l => l["id"]!.GetValue<string>()));
        Assert.All(loans, l => Assert.StartsWith(prefix, l["equipmentItem"]!["name"]!.GetValue<string>()));
        var items = await ApiFixtureHelpers.AllPagesAsync(cast["clientCare"], $"/api/equipment-items?q={prefix}&availability=checkedOut&limit=3");
        Assert.Equal(7, items.Select(i => i["id"]!.GetValue<string>()).Distinct().Count());
        Assert.Empty((await cast["clientCare"].GetAsync($"/api/equipment-items?q={prefix}&availability=available")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray());
        (await cast["clientCare"].GetAsync("/api/equipment-loans?status=lost")).Expect(HttpStatusCode.BadRequest);
        Assert.Empty((await cast["otherSpecialist"].GetAsync($"/api/equipment-loans?pet={pet}")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray());
    }
}

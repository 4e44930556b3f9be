using System.Net;
using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Equipment;

/// <summary>The desk lends and takes back a Holter monitor in a real browser, on a phone-sized screen.</summary>
[Collection("stack")]
public sealed class EquipmentBrowserTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task Client_care_lends_a_holter_monitor_from_the_case_page_and_takes_it_back_on_the_equipment_page_at_390_px()
    {
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        using var desk = await api.NewUserAsync("clientCare");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Pepper"));
        var holterName = $"Holter <b>{Guid.NewGuid():N}</b>"[..28];
        var holter = await EquipmentStock.NewItemAsync(admin, "holterMonitor", holterName);
        var collar = await EquipmentStock.NewItemAsync(admin, "eCollar", "E-collar 20 cm");
        var now = DateTimeOffset.UtcNow;
        var late = (await EquipmentStock.LendAsync(desk, collar.Id, pet, checkedOutAt: now.AddDays(-12), dueBackAt: now.AddDays(-2))).Expect(HttpStatusCode.Created);

        var page = await browser.LogInAsync(stack.App.GetEndpoint("web"), desk.UserName, ApiFixtureHelpers.Password, width: 390, height: 844);
        await page.GotoAsync($"/Pets/{pet}");
        var caseLoans = page.GetByTestId("pet-loans");
        // Overdue is said in words, not by colour alone.
        await Expect(caseLoans.GetByTestId("loan-row").Filter(new() { HasText = "E-collar 20 cm" }).GetByTestId("loan-overdue")).ToHaveTextAsync("⚠ Overdue");

        await caseLoans.GetByTestId("lend-from-case").ClickAsync();
        await page.Locator("#item-q").FillAsync(holterName);
        await page.GetByTestId("lend-item-search").GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByTestId("lend-item").SelectOptionAsync(holter.Id);
        await page.GetByTestId("lend-submit").ClickAsync();

        await Expect(page.GetByTestId("flash")).ToContainTextAsync($"{holterName} lent");
        var lentRow = caseLoans.GetByTestId("loan-row").Filter(new() { HasText = holterName });
        await Expect(lentRow.GetByTestId("loan-status")).ToHaveTextAsync("Checked out");
        await Expect(lentRow.GetByTestId("loan-overdue")).ToHaveCountAsync(0);
        var loans = await ApiFixtureHelpers.AllPagesAsync(desk, $"/api/equipment-loans?equipmentItem={holter.Id}&limit=200");
        var loan = Assert.Single(loans);
        Assert.Equal(desk.UserId.ToString(), loan["loggedBy"]!["id"]!.GetValue<string>());

        await page.GotoAsync($"/Equipment?pet={pet}");
        var outNow = page.GetByTestId("loans").GetByTestId("loan-row");
        await Expect(outNow).ToHaveCountAsync(2);
        // Soonest due first: the late e-collar leads, linked to its case.
        await Expect(outNow.First.GetByTestId("loan-overdue")).ToBeVisibleAsync();
        await Expect(outNow.First.GetByTestId("loan-pet")).ToHaveAttributeAsync("href", $"/Pets/{pet}");
        var returnButton = outNow.Filter(new() { HasText = holterName }).GetByTestId("loan-returned");
        var box = await returnButton.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 390, $"the Returned button is off a 390 px screen: {box?.X} + {box?.Width}");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
        await BrowserFixture.ScreenshotAsync(page, "equipment-out-390");

        await returnButton.ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync($"{holterName} returned");
        await Expect(outNow).ToHaveCountAsync(1);
        var returned = (await desk.GetAsync($"/api/equipment-loans/{loan["id"]!.GetValue<string>()}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("returned", returned["status"]!.GetValue<string>());
        Assert.Equal("checkedOut", (await desk.GetAsync($"/api/equipment-loans/{late.Id}")).Expect(HttpStatusCode.OK).Object["status"]!.GetValue<string>());
    }
}

using System.Net;
using Microsoft.Playwright;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace VetCrm.Tests.Appointments;

/// <summary>
/// The calendar in a real browser, as a coordinator and a specialist use it: book a consult from the referral, be refused
/// a double-booked MRI with a clear message, book from a free slot, check in; a specialist's busy week over more than
/// one page of appointments at 390 px, updating live when someone else books. Times are the hospital's (Europe/London).
/// </summary>
[Collection("stack")]
public sealed class AppointmentBrowserTests(StackFixture stack, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly TimeZoneInfo Hospital = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly float LiveTimeout = 30_000;
    private readonly ApiFixtureHelpers api = new(stack);

    /// <summary>A Monday in summer time, so the page's times differ from UTC; each test its own week.</summary>
    private static DateOnly Monday(int week) => new DateOnly(2040, 6, 4).AddDays(7 * week);

    private static DateTimeOffset At(DateOnly day, int hour, int minutes = 0)
    {
        var wall = day.ToDateTime(new TimeOnly(hour, 0)).AddMinutes(minutes);
        return new DateTimeOffset(wall, Hospital.GetUtcOffset(wall));
    }

    [Fact]
    public async Task A_coordinator_books_a_consult_is_refused_a_double_booked_MRI_books_a_free_slot_and_checks_in()
    {
        var day = Monday(0);
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var @case = await AppointmentCase.CreateAsync(api, coordinator, specialist);
        var petName = (await coordinator.GetAsync($"/api/pets/{@case.PetId}")).Object["petName"]!.GetValue<string>();
        // Someone else's MRI from 14:00 to 15:00.
        var other = await AppointmentCase.CreateAsync(api, coordinator, await api.NewUserAsync("specialist"));
        (await coordinator.PostAsync("/api/appointments", other.Booking(At(day, 14), "MRI", minutes: 60))).Expect(HttpStatusCode.Created);

        var page = await browser.LogInAsync(stack.App.GetEndpoint("web"), coordinator.UserName, ApiFixtureHelpers.Password);
        await page.GotoAsync($"/Pets/{@case.PetId}");
        await page.GetByTestId("referrals").GetByRole(AriaRole.Link, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("booking-pet")).ToContainTextAsync(petName);
        await Expect(page.GetByLabel("Specialist")).ToHaveValueAsync(specialist.UserId.ToString());
        await Expect(page.GetByLabel("Referral (optional)")).ToHaveValueAsync(@case.ReferralId);
        await page.GetByLabel("Room", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Consult room 1" });
        await page.GetByLabel("Date").FillAsync(day.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Start time").FillAsync("09:00");
        await page.GetByLabel("Reason").FillAsync("Cardiology consult & echo <b>not bold</b>");
        await BrowserFixture.ScreenshotAsync(page, "appointment-book");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("flash")).ToContainTextAsync($"Booked {day:yyyy-MM-dd} 09:00–09:30");
        var booked = page.GetByTestId("appointment").Filter(new() { HasText = petName });
        await Expect(booked).ToContainTextAsync("09:00–09:30");
        await Expect(booked).ToContainTextAsync("Cardiology consult & echo <b>not bold</b>");
        Assert.Equal("scheduled", (await coordinator.GetAsync($"/api/referrals/{@case.ReferralId}")).Object["status"]!.GetValue<string>());

        // The MRI is taken from 14:00 to 15:00: a booking at 14:30 is refused, naming the booking in the way.
        await page.GotoAsync($"/Pets/{@case.PetId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Book appointment" }).ClickAsync();
        await page.GetByLabel("Room", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "MRI" });
        await page.GetByLabel("Date").FillAsync(day.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Start time").FillAsync("14:30");
        await page.GetByLabel("Reason").FillAsync("MRI brain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
        var refusal = page.GetByTestId("booking-errors");
        await Expect(refusal).ToContainTextAsync("Not booked: The room (MRI) is already booked");
        await BrowserFixture.ScreenshotAsync(page, "appointment-double-booked-mri");

        // The MRI's day shows the taken hour and books the free 15:00 slot from the calendar.
        await page.GotoAsync($"/Calendar?view=day&date={day:yyyy-MM-dd}&room={@case.Rooms["MRI"]}");
        await Expect(page.GetByTestId("calendar-of")).ToHaveTextAsync("MRI");
        await Expect(page.GetByTestId("appointment")).ToContainTextAsync("14:00–15:00");
        Assert.Equal(0, await page.GetByTestId("free-slot").Filter(new() { HasText = "14:30" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = $"Book {day:ddd d MMM} 15:00" }).ClickAsync();
        await page.GetByLabel("Find the pet").FillAsync(petName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByTestId("pet-matches").GetByRole(AriaRole.Link, new() { Name = petName }).ClickAsync();
        await Expect(page.GetByLabel("Start time")).ToHaveValueAsync("15:00");
        await Expect(page.GetByLabel("Room", new() { Exact = true })).ToHaveValueAsync(@case.Rooms["MRI"]);
        await page.GetByLabel("Specialist").SelectOptionAsync(specialist.UserId.ToString());
        await page.GetByLabel("Length").SelectOptionAsync("60");
        await page.GetByLabel("Reason").FillAsync("MRI thoracolumbar spine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync($"Booked {day:yyyy-MM-dd} 15:00–16:00");

        // Check-in from the day view: the button goes, the status shows, the history keeps the reason.
        var mri = page.GetByTestId("appointment").Filter(new() { HasText = petName });
        await Expect(mri).ToContainTextAsync("15:00–16:00");
        await mri.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync($"Appointment at {day:yyyy-MM-dd} 15:00: checked in.");
        await Expect(mri.GetByTestId("appointment-status")).ToHaveTextAsync("Checked in");
        await Expect(mri.GetByRole(AriaRole.Button, new() { Name = "No-show" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "calendar-day-room");

        await page.GotoAsync($"/Pets/{@case.PetId}");
        await Expect(page.GetByTestId("referral-status").First).ToHaveTextAsync("Scheduled");
        await Expect(page.GetByTestId("case-appointment")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task A_specialists_busy_week_spans_several_pages_fits_a_phone_and_updates_live_when_someone_else_books()
    {
        var monday = Monday(1);
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        var @case = await AppointmentCase.CreateAsync(api, coordinator, specialist);
        // 55 bookings in the week: more than one page of the API's lists (50).
        var starts = Enumerable.Range(0, 5).SelectMany(d => Enumerable.Range(0, 11).Select(i => At(monday.AddDays(d), 8, 30 * i))).ToArray();
        await Task.WhenAll(starts.Chunk(11).Select(async chunk =>
        {
            foreach (var start in chunk)
                (await coordinator.PostAsync("/api/appointments", @case.Booking(start, "Consult room 2", referral: false))).Expect(HttpStatusCode.Created);
        }));

        var page = await browser.LogInAsync(stack.App.GetEndpoint("web"), specialist.UserName, ApiFixtureHelpers.Password, 390, 844);
        await Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = LiveTimeout });
        await page.GetByRole(AriaRole.Link, new() { Name = "Calendar" }).ClickAsync();
        await Expect(page.GetByTestId("calendar-of")).ToHaveTextAsync("Test specialist");
        await page.GotoAsync($"/Calendar?view=week&date={monday:yyyy-MM-dd}");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await Expect(page.GetByTestId("cal-day")).ToHaveCountAsync(7);
        await Expect(page.GetByTestId("appointment")).ToHaveCountAsync(55);
        var friday = page.GetByTestId("cal-day").Nth(4);
        await Expect(friday.GetByTestId("appointment").First).ToContainTextAsync("08:00–08:30");
        await Expect(friday.GetByTestId("free-slot").First).ToContainTextAsync("13:30");
        var calendarWidth = await page.GetByTestId("calendar").EvaluateAsync<double>("e => e.getBoundingClientRect().right");
        Assert.True(calendarWidth <= 390, $"the calendar runs off a 390 px screen ({calendarWidth} px)");
        await Expect(friday.GetByRole(AriaRole.Link, new() { Name = $"Book {monday.AddDays(4):ddd d MMM} 13:30" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "calendar-week-390");

        // Someone else books the specialist on Friday afternoon; the open week shows it without a reload.
        using var admin = await api.AdminAsync();
        (await admin.PostAsync("/api/appointments", @case.Booking(At(monday.AddDays(4), 16), "Ultrasound"))).Expect(HttpStatusCode.Created);
        await Expect(page.GetByTestId("appointment")).ToHaveCountAsync(56, new() { Timeout = LiveTimeout });
        await Expect(friday.GetByTestId("appointment").Last).ToContainTextAsync("16:00–16:30");

        // A booking of this specialist for another specialist's patient (covering a colleague) shows up live too.
        using var colleague = await api.NewUserAsync("specialist");
        var colleaguesCase = await AppointmentCase.CreateAsync(api, coordinator, colleague);
        (await coordinator.PostAsync("/api/appointments", colleaguesCase.Booking(At(monday.AddDays(4), 17), "Ultrasound", specialistId: specialist.UserId.ToString())))
            .Expect(HttpStatusCode.Created);
        await Expect(page.GetByTestId("appointment")).ToHaveCountAsync(57, new() { Timeout = LiveTimeout });
        await Expect(friday.GetByTestId("appointment").Last).ToContainTextAsync("17:00–17:30");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was not reloaded");
    }
}

using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Appointments;

/// <summary>
/// Appointment access beyond the matrix's cells (in AccessMatrixTests): whose calendar a specialist may book, what client
/// care is offered, and a logged-out token.
/// </summary>
[Collection("stack")]
public sealed class AppointmentAccessTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_specialist_books_only_its_own_calendar_and_client_care_sees_no_buttons()
    {
        var actors = await StaffCast.ForAsync(api);
        var @case = await AppointmentCase.CreateAsync(api, actors["coordinator"], actors["specialist"]);
        var forOther = await actors["specialist"].PostAsync("/api/appointments", @case.Booking(BookingSlots.Next(), specialistId: actors["otherSpecialist"].UserId.ToString()));
        forOther.Expect(HttpStatusCode.Forbidden);

        var booked = await @case.BookAsync(actors["coordinator"], BookingSlots.Next());
        var seenByClientCare = (await actors["clientCare"].GetAsync($"/api/appointments/{booked["id"]}?include=referral,pet")).Expect(HttpStatusCode.OK).Object;
        Assert.Empty(seenByClientCare["allowedActions"]!.AsArray());
        Assert.Empty(seenByClientCare["nextStatuses"]!.AsArray());
        // Client care reads no referrals: the include is dropped, the reference stays.
        Assert.Null(seenByClientCare["referral"]!["referralNumber"]);
        Assert.NotNull(seenByClientCare["pet"]!["ownerPhone"]);

        var me = (await actors["clientCare"].GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK).Object;
        Assert.DoesNotContain("bookAppointment", me["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
        var coordinatorMe = (await actors["coordinator"].GetAsync("/api/auth/me")).Expect(HttpStatusCode.OK).Object;
        Assert.Contains("bookAppointment", coordinatorMe["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task A_logged_out_token_reaches_no_appointment()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        (await coordinator.GetAsync("/api/appointments")).Expect(HttpStatusCode.OK);
        (await coordinator.PostAsync("/api/auth/logout")).Expect(HttpStatusCode.NoContent);
        (await coordinator.GetAsync("/api/appointments")).Expect(HttpStatusCode.Unauthorized);
        (await coordinator.PostAsync("/api/appointments", new { reason = "x" })).Expect(HttpStatusCode.Unauthorized);
    }
}

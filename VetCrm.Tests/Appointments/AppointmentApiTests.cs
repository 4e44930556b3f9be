using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Appointments;

/// <summary>Booking over the API: the referral moves on, the database refuses double-bookings and the answer names the clash, the state machine, bad input, lists.</summary>
[Collection("stack")]
public sealed class AppointmentApiTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    private async Task<AppointmentCase> NewCaseAsync(string referralStatus = "triaged") =>
        await AppointmentCase.CreateAsync(api, await api.NewUserAsync("coordinator"), await api.NewUserAsync("specialist"), referralStatus);

    [Fact]
    public async Task Booking_moves_a_triaged_referral_to_scheduled_in_the_same_save_with_a_history_row_and_an_outbox_event()
    {
        var @case = await NewCaseAsync();
        var booked = await @case.BookAsync(@case.Coordinator, BookingSlots.Next());

        Assert.Equal("scheduled", booked["status"]!.GetValue<string>());
        Assert.Equal(["checkedIn", "cancelled", "noShow"], booked["nextStatuses"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains("update", booked["allowedActions"]!.AsArray().Select(s => s!.GetValue<string>()));
        var referral = (await @case.Coordinator.GetAsync($"/api/referrals/{@case.ReferralId}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("scheduled", referral["status"]!.GetValue<string>());
        var history = (await @case.Coordinator.GetAsync($"/api/referrals/{@case.ReferralId}/status-history")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal("scheduled", history[^1]!["toValue"]!.GetValue<string>());
        Assert.StartsWith("Appointment booked for", history[^1]!["changeReason"]!.GetValue<string>());
        var id = Guid.Parse(booked["id"]!.GetValue<string>());
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE type = 'appointment.booked' AND entity_id = @id", ("id", id)));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM audit_entries WHERE entity_type = 'appointment' AND entity_id = @id", ("id", id.ToString())));
    }

    [Fact]
    public async Task A_referral_not_yet_triaged_keeps_its_status_when_booked()
    {
        var @case = await NewCaseAsync(referralStatus: "received");
        await @case.BookAsync(@case.Coordinator, BookingSlots.Next());
        var referral = (await @case.Coordinator.GetAsync($"/api/referrals/{@case.ReferralId}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal("received", referral["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Double_booking_the_specialist_is_refused_naming_the_booking_in_the_way_and_nothing_changes()
    {
        var @case = await NewCaseAsync();
        var start = BookingSlots.Next();
        var first = await @case.BookAsync(@case.Coordinator, start, "Consult room 1");

        var clash = await @case.Coordinator.PostAsync("/api/appointments", @case.Booking(start.AddMinutes(15), "Consult room 2", referral: false));

        clash.Expect(HttpStatusCode.Conflict);
        Assert.Equal("specialist", clash.Object["clash"]!.GetValue<string>());
        Assert.Equal(first["id"]!.GetValue<string>(), clash.Object["conflictingAppointment"]!["id"]!.GetValue<string>());
        Assert.Contains(start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'"), clash.ErrorsFor("specialist").Single());
        Assert.Contains("Test specialist", clash.Object["detail"]!.GetValue<string>());
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM appointments WHERE pet_id = @pet", ("pet", Guid.Parse(@case.PetId))));
    }

    [Fact]
    public async Task Double_booking_the_MRI_is_refused_back_to_back_fits_and_a_cancelled_booking_frees_the_slot()
    {
        var mine = await NewCaseAsync();
        var other = await NewCaseAsync();
        var start = BookingSlots.Next();
        var first = await mine.BookAsync(mine.Coordinator, start, "MRI", minutes: 60);

        var clash = await other.Coordinator.PostAsync("/api/appointments", other.Booking(start.AddMinutes(59).ToOffset(TimeSpan.FromHours(-5)), "MRI"));
        clash.Expect(HttpStatusCode.Conflict);
        Assert.Equal("room", clash.Object["clash"]!.GetValue<string>());
        Assert.Equal(first["id"]!.GetValue<string>(), clash.Object["conflictingAppointment"]!["id"]!.GetValue<string>());
        Assert.Contains("MRI", clash.ErrorsFor("room").Single());
        // The refused booking did not move the other referral on either.
        Assert.Equal("triaged", (await other.Coordinator.GetAsync($"/api/referrals/{other.ReferralId}")).Object["status"]!.GetValue<string>());

        await other.BookAsync(other.Coordinator, start.AddMinutes(60), "MRI");
        (await mine.Coordinator.MoveAsync("appointments", first["id"]!, "cancelled", "Owner rang to cancel.")).Expect(HttpStatusCode.OK);
        (await other.Coordinator.PostAsync("/api/appointments", other.Booking(start, "MRI", referral: false, minutes: 30))).Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Simultaneous_bookings_of_one_room_let_exactly_one_through()
    {
        var cases = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => NewCaseAsync()));
        var start = BookingSlots.Next();
        var answers = await Task.WhenAll(cases.Select(c => c.Coordinator.PostAsync("/api/appointments", c.Booking(start, "CT", referral: false))));
        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        Assert.Equal(3, answers.Count(a => a.Status == HttpStatusCode.Conflict && a.Object["clash"]!.GetValue<string>() == "room"));
    }

    [Fact]
    public async Task The_state_machine_allows_check_in_then_completion_and_refuses_other_moves_with_the_way_out()
    {
        var @case = await NewCaseAsync();
        var booked = await @case.BookAsync(@case.Coordinator, BookingSlots.Next());
        var url = $"/api/appointments/{booked["id"]}/status";
        var coordinator = @case.Coordinator;

        (await coordinator.PostAsync(url, new { status = "checkedIn" })).Expect(HttpStatusCode.BadRequest).ErrorsFor("reason");
        (await coordinator.PostAsync(url, new { status = "checkedIn", reason = "Arrived", version = booked["version"]!.GetValue<uint>() + 1 })).Expect(HttpStatusCode.Conflict);
        var checkedIn = (await coordinator.PostAsync(url, new { status = "checkedIn", reason = "Arrived at reception", version = booked["version"]!.GetValue<uint>() }))
            .Expect(HttpStatusCode.OK).Object;
        Assert.Equal(["completed"], checkedIn["nextStatuses"]!.AsArray().Select(s => s!.GetValue<string>()));
        var noShow = (await coordinator.PostAsync(url, new { status = "noShow", reason = "Late", version = checkedIn["version"]!.GetValue<uint>() })).Expect(HttpStatusCode.Conflict);
        Assert.Contains("From 'checkedIn' it can move to: completed", noShow.ErrorsFor("status").Single());
        var completed = (await @case.Specialist.PostAsync(url, new { status = "completed", reason = "Echo done; plan to follow.", version = checkedIn["version"]!.GetValue<uint>() }))
            .Expect(HttpStatusCode.OK).Object;
        (await coordinator.PostAsync(url, new { status = "scheduled", reason = "Again", version = completed["version"]!.GetValue<uint>() })).Expect(HttpStatusCode.Conflict);
        (await coordinator.PostAsync(url, new { status = "finished", reason = "?" })).Expect(HttpStatusCode.BadRequest).ErrorsFor("status");
        var rebook = await coordinator.PatchAsync($"/api/appointments/{booked["id"]}", new { startAt = BookingSlots.Next(), version = checkedIn["version"]!.GetValue<uint>() });
        rebook.Expect(HttpStatusCode.Conflict);

        var history = (await coordinator.GetAsync($"/api/appointments/{booked["id"]}/status-history")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["scheduled", "checkedIn", "completed"], history.Select(h => h!["toValue"]!.GetValue<string>()));
        Assert.Equal("Arrived at reception", history[1]!["changeReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rebooking_needs_the_current_version_and_is_refused_into_a_taken_slot()
    {
        var @case = await NewCaseAsync();
        var taken = BookingSlots.Next();
        await @case.BookAsync(@case.Coordinator, taken);
        var booked = await @case.BookAsync(@case.Coordinator, BookingSlots.Next());
        var url = $"/api/appointments/{booked["id"]}";
        var version = booked["version"]!.GetValue<uint>();
        var later = BookingSlots.Next();

        (await @case.Coordinator.PatchAsync(url, new { startAt = later, endAt = later.AddMinutes(45) })).Expect(HttpStatusCode.BadRequest).ErrorsFor("version");
        (await @case.Coordinator.PatchAsync(url, new { startAt = taken.AddMinutes(10), endAt = taken.AddMinutes(40), version })).Expect(HttpStatusCode.Conflict);
        var moved = (await @case.Coordinator.PatchAsync(url, new { startAt = later, endAt = later.AddMinutes(45), room = new { id = @case.Rooms["Ultrasound"] }, version }))
            .Expect(HttpStatusCode.OK).Object;
        Assert.Equal(later, moved["startAt"]!.GetValue<DateTimeOffset>());
        Assert.NotEqual(version, moved["version"]!.GetValue<uint>());
        (await @case.Coordinator.PatchAsync(url, new { reason = "Stale edit", version })).Expect(HttpStatusCode.Conflict).ErrorsFor("version");
        (await @case.Coordinator.PatchAsync(url, new { pet = new { id = @case.PetId }, version = moved["version"]!.GetValue<uint>() })).Expect(HttpStatusCode.BadRequest).ErrorsFor("pet");
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE type = 'appointment.changed' AND entity_id = @id",
            ("id", Guid.Parse(booked["id"]!.GetValue<string>()))));
    }

    [Fact]
    public async Task Bad_input_is_named_field_by_field_and_hostile_text_round_trips_verbatim()
    {
        var @case = await NewCaseAsync();
        var c = @case.Coordinator;
        var start = BookingSlots.Next();
        async Task<string[]> RefusedAsync(object body, string field) =>
            (await c.PostAsync("/api/appointments", body)).Expect(HttpStatusCode.BadRequest).ErrorsFor(field) is { Length: > 0 } messages
                ? messages : throw new Xunit.Sdk.XunitException($"no error named {field}");

        Assert.Contains("after startAt", (await RefusedAsync(Body(start, start.AddMinutes(-30)), "endAt")).Single());
        Assert.Contains("at most 12 hours", (await RefusedAsync(Body(start, start.AddHours(13)), "endAt")).Single());
        await RefusedAsync(Body(null, start), "startAt");
        await RefusedAsync(Body(start, start.AddMinutes(30), room: Guid.NewGuid().ToString()), "room");
        await RefusedAsync(Body(start, start.AddMinutes(30), specialist: c.UserId.ToString()), "specialist");
        await RefusedAsync(Body(start, start.AddMinutes(30), status: "completed"), "status");
        await RefusedAsync(Body(start, start.AddMinutes(30), reason: new string('x', 1001)), "reason");
        var otherCase = await AppointmentCase.CreateAsync(api, c, @case.Specialist);
        await RefusedAsync(Body(start, start.AddMinutes(30), referral: otherCase.ReferralId), "referral");
        (await c.PostAsync("/api/appointments", "{\"pet\": {\"id\": ")).Expect(HttpStatusCode.BadRequest);
        (await c.PostAsync("/api/appointments", "{\"startAt\": \"tomorrow\"}")).Expect(HttpStatusCode.BadRequest);
        (await c.GetAsync("/api/appointments?status=late")).Expect(HttpStatusCode.BadRequest).ErrorsFor("status");
        (await c.GetAsync($"/api/appointments?from={Uri.EscapeDataString(start.ToString("O"))}&to={Uri.EscapeDataString(start.AddDays(-1).ToString("O"))}"))
            .Expect(HttpStatusCode.BadRequest).ErrorsFor("to");
        (await c.GetAsync("/api/appointments?order=-reason")).Expect(HttpStatusCode.BadRequest).ErrorsFor("order");
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM appointments WHERE pet_id = @pet", ("pet", Guid.Parse(@case.PetId))));

        const string hostile = "<script>alert('x')</script> \"; DROP TABLE appointments; -- ü 🐾";
        var created = (await c.PostAsync("/api/appointments", Body(start, start.AddMinutes(30), reason: hostile))).Expect(HttpStatusCode.Created);
        Assert.Equal(hostile, (await c.GetAsync($"/api/appointments/{created.Id}")).Expect(HttpStatusCode.OK).Object["reason"]!.GetValue<string>());

        object Body(DateTimeOffset? startAt, DateTimeOffset endAt, string? room = null, string? specialist = null, string? status = null, string? reason = null,
            string? referral = null) => new
        {
            pet = new { id = @case.PetId },
            referral = referral is null ? null : new { id = referral },
            specialist = new { id = specialist ?? @case.Specialist.UserId.ToString() },
            room = new { id = room ?? @case.Rooms["Consult room 3"] },
            startAt,
            endAt,
            reason = reason ?? "Recheck",
            status,
        };
    }

    [Fact]
    public async Task A_calendar_lists_by_specialist_room_and_window_over_several_pages_in_start_order()
    {
        var @case = await NewCaseAsync();
        var starts = Enumerable.Range(0, 5).Select(_ => BookingSlots.Next()).ToArray();
        foreach (var start in starts) await @case.BookAsync(@case.Coordinator, start, start == starts[2] ? "Theatre 2" : "Theatre 1");
        var specialist = @case.Specialist.UserId;

        var firstPage = (await @case.Specialist.GetAsync($"/api/appointments?specialist={specialist}&limit=2")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal(2, firstPage["items"]!.AsArray().Count);
        Assert.NotNull(firstPage["nextCursor"]);
        var all = await ApiFixtureHelpers.AllPagesAsync(@case.Specialist, $"/api/appointments?specialist={specialist}&limit=2&include=room,pet");
        Assert.Equal(starts, all.Select(a => a["startAt"]!.GetValue<DateTimeOffset>()));
        Assert.Equal("Theatre 2", all[2]["room"]!["name"]!.GetValue<string>());
        Assert.StartsWith("Appt ", all[0]["pet"]!["petName"]!.GetValue<string>());

        var window = await ApiFixtureHelpers.AllPagesAsync(@case.Coordinator,
            $"/api/appointments?specialist={specialist}&from={Uri.EscapeDataString(starts[1].AddMinutes(10).ToString("O"))}&to={Uri.EscapeDataString(starts[3].ToString("O"))}&limit=1");
        Assert.Equal([starts[1], starts[2]], window.Select(a => a["startAt"]!.GetValue<DateTimeOffset>()));
        // The same window written in another offset is the same window.
        var tokyo = TimeSpan.FromHours(9);
        var shifted = await ApiFixtureHelpers.AllPagesAsync(@case.Coordinator,
            $"/api/appointments?specialist={specialist}&from={Uri.EscapeDataString(starts[1].AddMinutes(10).ToOffset(tokyo).ToString("O"))}&to={Uri.EscapeDataString(starts[3].ToOffset(tokyo).ToString("O"))}");
        Assert.Equal([starts[1], starts[2]], shifted.Select(a => a["startAt"]!.GetValue<DateTimeOffset>()));
        var theatre2 = await ApiFixtureHelpers.AllPagesAsync(@case.Coordinator, $"/api/appointments?room={@case.Rooms["Theatre 2"]}&pet={@case.PetId}");
        Assert.Equal([starts[2]], theatre2.Select(a => a["startAt"]!.GetValue<DateTimeOffset>()));
        var newestFirst = await ApiFixtureHelpers.AllPagesAsync(@case.Coordinator, $"/api/appointments?pet={@case.PetId}&order=-startAt&limit=3");
        Assert.Equal(starts.Reverse(), newestFirst.Select(a => a["startAt"]!.GetValue<DateTimeOffset>()));
    }

    [Fact]
    public async Task Rooms_are_the_hospitals_consult_rooms_and_machines()
    {
        using var clientCare = await api.NewUserAsync("clientCare");
        var rooms = (await clientCare.GetAsync("/api/rooms")).Expect(HttpStatusCode.OK).Body!.AsArray();
        Assert.Equal(["consultRoom", "ct", "mri", "theatre", "ultrasound"], rooms.Select(r => r!["kind"]!.GetValue<string>()).Distinct().Order());
        using var noRole = await api.NewUserAsync(null);
        (await noRole.GetAsync("/api/rooms")).Expect(HttpStatusCode.Forbidden);
        using var anonymous = api.Anonymous();
        (await anonymous.GetAsync("/api/rooms")).Expect(HttpStatusCode.Unauthorized);
    }
}

using System.Net;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Appointments;

/// <summary>
/// The appointment rows of the access matrix, cell by cell, on one case (a pet created by "coordinator", assigned to
/// "specialist", booked by the admin, which moved its triaged referral out of the intake queue every coordinator sees), seen by the case's own coordinator and specialist, by others of the same roles,
/// by client care and by an account without a role. 404 = out of reach, 403 = visible but not allowed (or no role).
/// </summary>
[Collection("stack")]
public sealed class AppointmentAccessTests(StackFixture stack)
{
    private static readonly SemaphoreSlim CastLock = new(1, 1);
    private static Dictionary<string, ApiClient>? cast;

    private readonly ApiFixtureHelpers api = new(stack);

    public static readonly string[] Actors = ["admin", "coordinator", "otherCoordinator", "specialist", "otherSpecialist", "clientCare", "none"];

    // Expected status per actor, in the order of Actors. "create" books the case's pet with the case's specialist.
    private static readonly Dictionary<string, int[]> Expected = new()
    {
        ["read"] = [200, 200, 404, 200, 404, 200, 403],
        ["list"] = [200, 200, 404, 200, 404, 200, 403],
        ["create"] = [201, 201, 400, 201, 400, 403, 403],
        ["update"] = [200, 200, 404, 200, 404, 403, 403],
        ["status"] = [200, 200, 404, 200, 404, 403, 403],
        ["archive"] = [200, 403, 404, 403, 404, 403, 403],
    };

    public static TheoryData<string, string, int> Cells()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (operation, codes) in Expected)
            for (var i = 0; i < Actors.Length; i++) data.Add(operation, Actors[i], codes[i]);
        return data;
    }

    [Theory, MemberData(nameof(Cells))]
    public async Task Appointment_access_cell(string operation, string actorName, int expected)
    {
        var actors = await CastAsync();
        var @case = await AppointmentCase.CreateAsync(api, actors["coordinator"], actors["specialist"]);
        var petId = @case.PetId;
        var booked = await @case.BookAsync(actors["admin"], BookingSlots.Next());
        var id = booked["id"]!.GetValue<string>();
        var actor = actors[actorName];

        var response = operation switch
        {
            "read" => await actor.GetAsync($"/api/appointments/{id}"),
            "list" => await actor.GetAsync($"/api/appointments?pet={petId}"),
            "create" => await actor.PostAsync("/api/appointments", @case.Booking(BookingSlots.Next(), referral: false)),
            "update" => await actor.PatchAsync($"/api/appointments/{id}", new { reason = "Moved to the afternoon list", version = booked["version"]!.GetValue<uint>() }),
            "status" => await actor.PostAsync($"/api/appointments/{id}/status", new { status = "checkedIn", reason = "Arrived", version = booked["version"]!.GetValue<uint>() }),
            "archive" => await actor.PostAsync($"/api/appointments/{id}/archive"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        if (operation == "list" && expected != 403)
        {
            // A list never answers 404: the appointment is simply in it or not.
            var ids = response.Expect(HttpStatusCode.OK).Object["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>());
            Assert.Equal(expected == 200, ids.Contains(id));
            return;
        }
        Assert.True((int)response.Status == expected, $"{actorName} {operation}: expected {expected}, got {(int)response.Status}: {response.Text}");
        if (expected == 200 && operation != "list") Assert.Equal(id, response.Id);
    }

    [Fact]
    public async Task A_specialist_books_only_its_own_calendar_and_client_care_sees_no_buttons()
    {
        var actors = await CastAsync();
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

    private async Task<Dictionary<string, ApiClient>> CastAsync()
    {
        await CastLock.WaitAsync();
        try
        {
            return cast ??= new Dictionary<string, ApiClient>
            {
                ["admin"] = await api.AdminAsync(),
                ["coordinator"] = await api.NewUserAsync("coordinator"),
                ["otherCoordinator"] = await api.NewUserAsync("coordinator"),
                ["specialist"] = await api.NewUserAsync("specialist"),
                ["otherSpecialist"] = await api.NewUserAsync("specialist"),
                ["clientCare"] = await api.NewUserAsync("clientCare"),
                ["none"] = await api.NewUserAsync(null),
            };
        }
        finally
        {
            CastLock.Release();
        }
    }
}

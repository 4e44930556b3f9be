using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Appointments;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.GraphQl;

/// <summary>
/// Appointments, tasks and notifications over GraphQL: the same commands as REST (a clash is a CONFLICT naming the
/// booking), nested references batched, and what one interface changes the other reads.
/// </summary>
[Collection("stack")]
public sealed class GraphQlDayRecordsTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_booking_made_over_GraphQL_is_the_REST_booking_and_a_clash_is_a_conflict()
    {
        var cast = await StaffCast.ForAsync(api);
        var @case = await AppointmentCase.CreateAsync(api, cast["coordinator"], cast["specialist"]);
        var start = BookingSlots.Next();
        var input = GraphQlMatrix.Input(@case.Booking(start));

        var booked = (await cast["coordinator"].GraphQlAsync("""
            mutation($input: CreateAppointmentInput!) {
              createAppointment(input: $input) { id status version startAt room { name kind } specialist { id } pet { id } referral { status } nextStatuses }
            }
            """, new { input })).Ok()["createAppointment"]!;
        Assert.Equal("scheduled", booked["status"]!.GetValue<string>());
        Assert.Equal("Consult room 1", booked["room"]!["name"]!.GetValue<string>());
        Assert.Equal(cast["specialist"].UserId.ToString(), booked["specialist"]!["id"]!.GetValue<string>());
        // Booking moved the triaged referral on, as it does over REST.
        Assert.Equal("scheduled", booked["referral"]!["status"]!.GetValue<string>());
        Assert.Contains("checkedIn", booked["nextStatuses"]!.AsArray().Select(s => s!.GetValue<string>()));
        var id = booked["id"]!.GetValue<string>();
        var rest = (await cast["coordinator"].GetAsync($"/api/appointments/{id}")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal(booked["version"]!.GetValue<uint>(), rest["version"]!.GetValue<uint>());

        var clash = await cast["coordinator"].GraphQlAsync("mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id } }", new { input });
        Assert.Equal("CONFLICT", clash.ErrorCode());
        Assert.Equal(id, clash.Errors[0]!["extensions"]!["conflictingAppointment"]!["id"]!.GetValue<string>());

        var checkedIn = (await cast["specialist"].GraphQlAsync("""
            mutation($id: ID!, $input: AppointmentStatusChangeInput!) { changeAppointmentStatus(id: $id, input: $input) { status statusHistory { fromValue toValue changeReason } } }
            """, new { id, input = new { status = "checkedIn", reason = "Arrived at reception", version = rest["version"]!.GetValue<uint>() } })).Ok()["changeAppointmentStatus"]!;
        Assert.Equal("checkedIn", checkedIn["status"]!.GetValue<string>());
        Assert.Equal("Arrived at reception", checkedIn["statusHistory"]!.AsArray().Last()!["changeReason"]!.GetValue<string>());

        var day = (await cast["specialist"].GraphQlAsync("""
            query($room: ID!, $from: DateTimeOffset!, $to: DateTimeOffset!) {
              appointments(room: $room, from: $from, to: $to) { items { id status } }
              rooms { name }
            }
            """, new { room = @case.Rooms["Consult room 1"], from = start.AddMinutes(-1), to = start.AddMinutes(1) })).Ok();
        Assert.Equal([id], day["appointments"]!["items"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal(@case.Rooms.Count, day["rooms"]!.AsArray().Count);
    }

    [Fact]
    public async Task Tasks_are_created_reassigned_and_done_over_GraphQL_with_versions()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await Tasks.TaskCases.NewCaseAsync(cast);
        var specialist = cast["specialist"];
        var created = (await specialist.GraphQlAsync("""
            mutation($input: CreateTaskInput!) { createTask(input: $input) { id status version assignee { id } pet { id } allowedActions } }
            """, new { input = new { pet, title = "Phone the owner with the echo results" } })).Ok()["createTask"]!;
        Assert.Equal(specialist.UserId.ToString(), created["assignee"]!["id"]!.GetValue<string>());
        var id = created["id"]!.GetValue<string>();
        var version = created["version"]!.GetValue<uint>();

        var reassigned = (await specialist.GraphQlAsync("""
            mutation($id: ID!, $input: ReassignTaskInput!) { reassignTask(id: $id, input: $input) { assignee { id } version } }
            """, new { id, input = new { version, assignee = cast["coordinator"].UserId } })).Ok()["reassignTask"]!;
        Assert.Equal(cast["coordinator"].UserId.ToString(), reassigned["assignee"]!["id"]!.GetValue<string>());

        var stale = await cast["coordinator"].GraphQlAsync("mutation($id: ID!) { completeTask(id: $id, input: { version: " + version + " }) { id } }", new { id });
        Assert.Equal("CONFLICT", stale.ErrorCode());
        var outsider = await cast["otherSpecialist"].GraphQlAsync("mutation($id: ID!) { completeTask(id: $id, input: { version: " + reassigned["version"] + " }) { id } }", new { id });
        Assert.Equal("NOT_FOUND", outsider.ErrorCode());

        var done = (await cast["coordinator"].GraphQlAsync("mutation($id: ID!, $version: UInt!) { completeTask(id: $id, input: { version: $version }) { status completedBy { id } } }",
            new { id, version = reassigned["version"]!.GetValue<uint>() })).Ok()["completeTask"]!;
        Assert.Equal("done", done["status"]!.GetValue<string>());
        Assert.Equal(cast["coordinator"].UserId.ToString(), done["completedBy"]!["id"]!.GetValue<string>());

        var mine = (await cast["coordinator"].GraphQlAsync("query($pet: ID!) { tasks(pet: $pet, mine: true, status: \"done\") { items { id } } }", new { pet })).Ok();
        Assert.Equal([id], mine["tasks"]!["items"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal("done", (await cast["coordinator"].GetAsync($"/api/tasks/{id}")).Expect(HttpStatusCode.OK).Object["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task My_notifications_are_read_and_marked_over_GraphQL_and_nobody_marks_anothers()
    {
        var cast = await StaffCast.ForAsync(api);
        using var specialist = await api.NewUserAsync("specialist");
        var (pet, _) = await Tasks.TaskCases.NewCaseAsync(cast);
        await Tasks.TaskCases.NewTaskAsync(cast, pet, assignee: cast["coordinator"]);
        await cast["specialist"].PostAsync("/api/tasks", new { pet = new { id = pet }, title = "Recheck bloods", assignee = new { id = cast["coordinator"].UserId } });
        var coordinator = cast["coordinator"];

        var notices = await Poll.UntilAsync(async () => (await coordinator.GraphQlAsync("""
                { notifications(unread: true, limit: 200) { items { id kind recordType recordId pet { id } readAt } } unreadNotificationCount }
                """)).Ok(),
            page => page["notifications"]!["items"]!.AsArray().Count(n => n!["pet"]?["id"]?.GetValue<string>() == pet) >= 2, "two task notices for the coordinator");
        var notice = notices["notifications"]!["items"]!.AsArray().First(n => n!["pet"]?["id"]?.GetValue<string>() == pet)!;
        Assert.Equal("task", notice["recordType"]!.GetValue<string>());
        var unread = notices["unreadNotificationCount"]!.GetValue<int>();
        Assert.Equal(unread, (await coordinator.GetAsync("/api/notifications/count")).Expect(HttpStatusCode.OK).Object["unread"]!.GetValue<int>());

        var noticeId = notice["id"]!.GetValue<string>();
        var foreign = await specialist.GraphQlAsync("mutation($id: ID!) { markNotificationRead(id: $id) { id } }", new { id = noticeId });
        Assert.Equal("NOT_FOUND", foreign.ErrorCode());
        var read = (await coordinator.GraphQlAsync("mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }", new { id = noticeId })).Ok()["markNotificationRead"]!;
        Assert.NotNull(read["readAt"]?.GetValue<string>());
        Assert.Equal(unread - 1, (await coordinator.GetAsync("/api/notifications/count")).Expect(HttpStatusCode.OK).Object["unread"]!.GetValue<int>());

        Assert.Equal(0, (await coordinator.GraphQlAsync("mutation { markAllNotificationsRead }")).Ok()["markAllNotificationsRead"]!.GetValue<int>());
        Assert.Empty((await coordinator.GraphQlAsync("{ notifications(unread: true) { items { id } } }")).Ok()["notifications"]!["items"]!.AsArray());
    }
}

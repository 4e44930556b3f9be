using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using VetCrm.Tests.Api;
using VetCrm.Tests.Appointments;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Tasks;

namespace VetCrm.Tests.Notifications;

[Collection("stack")]
public sealed class NotificationTests(StackFixture stack)
{
    private sealed record LiveEvent(string Type, string EntityType, string EntityId, string PetId, DateTimeOffset At);

    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_booking_in_my_calendar_and_a_change_to_it_notify_me_and_nobody_else()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var bystander = await api.NewUserAsync("specialist");
        var @case = await AppointmentCase.CreateAsync(api, coordinator, await api.NewUserAsync("specialist"));
        var booked = await @case.BookAsync(coordinator, BookingSlots.Next(), room: "MRI");
        var id = booked["id"]!.GetValue<string>();

        var notices = await Poll.UntilAsync(() => ApiFixtureHelpers.AllPagesAsync(@case.Specialist, "/api/notifications"),
            n => n.Any(x => x!["kind"]!.GetValue<string>() == "appointmentBooked"), "the booking's notice");
        var bookedNotice = Assert.Single(notices, x => x!["kind"]!.GetValue<string>() == "appointmentBooked");
        Assert.Equal(id, bookedNotice!["link"]!["id"]!.GetValue<string>());
        Assert.Contains("MRI", bookedNotice["title"]!.GetValue<string>());

        (await coordinator.MoveAsync("appointments", id, "cancelled", "Owner rang to cancel.")).Expect(HttpStatusCode.OK);
        var changed = await Poll.UntilAsync(() => ApiFixtureHelpers.AllPagesAsync(@case.Specialist, "/api/notifications"),
            n => n.Any(x => x!["kind"]!.GetValue<string>() == "appointmentChanged"), "the change's notice");
        Assert.Contains("cancelled", Assert.Single(changed, x => x!["kind"]!.GetValue<string>() == "appointmentChanged")!["title"]!.GetValue<string>());
        Assert.Empty(await ApiFixtureHelpers.AllPagesAsync(bystander, "/api/notifications"));
    }

    [Fact]
    public async Task A_case_assigned_to_me_notifies_me_live_and_the_badge_count_follows_reads()
    {
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        using var other = await api.NewUserAsync("specialist");
        await using var connection = await ConnectAsync(specialist);
        var events = Channel.CreateUnbounded<LiveEvent>();
        connection.On<LiveEvent>("event", e => events.Writer.TryWrite(e));

        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, "Juniper"));

        var live = await WaitForAsync(events, e => e.Type == "notification.created" && e.PetId == pet);
        var notices = await ApiFixtureHelpers.AllPagesAsync(specialist, "/api/notifications?unread=true");
        var notice = Assert.Single(notices);
        Assert.Equal(live.EntityId, notice["id"]!.GetValue<string>());
        Assert.Equal("caseAssigned", notice["kind"]!.GetValue<string>());
        Assert.Contains("Juniper", notice["title"]!.GetValue<string>());
        Assert.Equal("pet", notice["link"]!["recordType"]!.GetValue<string>());
        Assert.Equal(pet, notice["link"]!["id"]!.GetValue<string>());
        Assert.Equal(1, await UnreadAsync(specialist));

        // Reassigned to another specialist: the new one is told, and only about this case.
        var version = (await admin.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK).Version;
        (await admin.PatchAsync($"/api/pets/{pet}", new { version, assignedSpecialist = new { id = other.UserId } })).Expect(HttpStatusCode.OK);
        var othersNotice = await Poll.UntilAsync(() => ApiFixtureHelpers.AllPagesAsync(other, "/api/notifications"), n => n.Count == 1, "the new specialist's notification");
        Assert.Equal(pet, othersNotice[0]["link"]!["id"]!.GetValue<string>());

        // Nobody reads or marks another's notices.
        (await other.PostAsync($"/api/notifications/{live.EntityId}/read")).Expect(HttpStatusCode.NotFound);
        Assert.Equal(1, await UnreadAsync(specialist));
        var read = (await specialist.PostAsync($"/api/notifications/{live.EntityId}/read")).Expect(HttpStatusCode.OK);
        Assert.NotNull(read.Object["readAt"]);
        Assert.Equal(0, await UnreadAsync(specialist));
        Assert.Empty(await ApiFixtureHelpers.AllPagesAsync(specialist, "/api/notifications?unread=true"));
        Assert.Equal(0, (await other.PostAsync("/api/notifications/read-all")).Expect(HttpStatusCode.OK).Object["unread"]!.GetValue<int>());
        Assert.Equal(0, await UnreadAsync(other));
        (await specialist.PostAsync($"/api/notifications/{Guid.NewGuid()}/read")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_task_assigned_to_me_notifies_me_and_a_reassignment_notifies_the_new_assignee()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var task = await cast.NewTaskAsync(pet, cast["coordinator"], title: "Book the recheck echo");

        var notice = await WaitForNoticeAsync(cast["coordinator"], "taskAssigned", task.Id);
        Assert.Equal("Task for you: Book the recheck echo", notice["title"]!.GetValue<string>());
        Assert.Equal(pet, notice["link"]!["pet"]!.GetValue<string>());

        (await cast["coordinator"].PostAsync($"/api/tasks/{task.Id}/reassign", new { version = task.Version, assignee = new { id = cast["clientCare"].UserId } }))
            .Expect(HttpStatusCode.OK);
        await WaitForNoticeAsync(cast["clientCare"], "taskAssigned", task.Id);
    }

    [Fact]
    public async Task Nobody_is_notified_of_a_record_outside_their_reach()
    {
        var cast = await StaffCast.ForAsync(api);
        using var admin = await api.AdminAsync();
        using var formerSpecialist = await api.NewUserAsync("specialist");
        using var newSpecialist = await api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(formerSpecialist.UserId, "Pickle"));
        await WaitForNoticeAsync(formerSpecialist, "caseAssigned", pet);
        var task = (await formerSpecialist.PostAsync("/api/tasks", new { pet = new { id = pet }, title = "Repeat bloods", dueAt = DateTimeOffset.UtcNow.AddDays(1) }))
            .Expect(HttpStatusCode.Created);

        // The case moves on before the task falls due: the former specialist no longer sees the task. Only then does it
        // fall due (its assignee is now outside the case, which the API refuses to write, so the clock is moved in the
        // database): the worker cannot flag it while the former specialist still had the case.
        var version = (await admin.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK).Version;
        (await admin.PatchAsync($"/api/pets/{pet}", new { version, assignedSpecialist = new { id = newSpecialist.UserId } })).Expect(HttpStatusCode.OK);
        (await formerSpecialist.GetAsync($"/api/tasks/{task.Id}")).Expect(HttpStatusCode.NotFound);
        await api.ScalarAsync<object>("UPDATE care_tasks SET due_at = now() - interval '1 hour' WHERE id = @id", ("id", Guid.Parse(task.Id)));

        await Poll.UntilAsync(() => api.ScalarAsync<long>(
            "SELECT count(*) FROM task_overdue_flags f WHERE f.care_task_id = @id AND NOT EXISTS (SELECT 1 FROM outbox_messages m WHERE m.entity_id = @id AND m.type = 'task.overdue' AND m.dispatched_at IS NULL)",
            ("id", Guid.Parse(task.Id))), count => count == 1, "the overdue event published");
        await WaitForNoticeAsync(newSpecialist, "caseAssigned", pet);
        var formerNotices = await ApiFixtureHelpers.AllPagesAsync(formerSpecialist, "/api/notifications?limit=200");
        Assert.DoesNotContain(formerNotices, n => n["link"]!["id"]!.GetValue<string>() == task.Id && n["kind"]!.GetValue<string>() == "taskOverdue");
        Assert.Equal(0, await api.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE entity_id = @id AND kind = 'taskOverdue'", ("id", Guid.Parse(task.Id))));
        Assert.DoesNotContain(await ApiFixtureHelpers.AllPagesAsync(cast["otherSpecialist"], "/api/notifications?limit=200"), n => n["link"]!["pet"]!.GetValue<string>() == pet);
    }

    /// <summary>
    /// A morning's overdue reviews arrive as hundreds of events at once, more than one dispatch batch, for several
    /// specialists: each specialist is told of exactly its own plans, once each, and one who has left the staff of none.
    /// </summary>
    [Fact]
    public async Task A_burst_of_overdue_reviews_tells_each_specialist_of_exactly_its_own_plans()
    {
        using var admin = await api.AdminAsync();
        var specialists = new List<ApiClient>();
        var cases = new List<(Guid Specialist, string Pet, string Referral)>();
        for (var i = 0; i < 4; i++)
        {
            var specialist = await api.NewUserAsync("specialist");
            specialists.Add(specialist);
            var pet = await ApiFixtureHelpers.CreateAsync(admin, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
            cases.Add((specialist.UserId, pet, await ApiFixtureHelpers.CreateAsync(admin, "referrals", ApiFixtureHelpers.ReferralBody(pet))));
        }
        var leaver = specialists[^1];
        (await admin.PutAsync($"/api/users/{leaver.UserId}/role", new { role = (string?)null })).Expect(HttpStatusCode.OK);
        await using var connection = await ConnectAsync(specialists[0]);
        var heard = Channel.CreateUnbounded<LiveEvent>();
        connection.On<LiveEvent>("event", e => heard.Writer.TryWrite(e));
        var plansOf = new Dictionary<Guid, List<Guid>>();
        foreach (var (specialist, pet, referral) in cases)
        {
            // Imported already overdue, as a migration from another system would: the worker flags them all in one scan.
            plansOf[specialist] = await api.IdsAsync("""
                INSERT INTO treatment_plans (id, plan_title, pet_id, referral_id, diagnosis_notes, plan_status, next_review_date,
                    client_instructions, created_by_user_id, revision, created_at, updated_at, created_by_id)
                SELECT gen_random_uuid(), 'Imported plan ' || n, @pet, @referral, 'Imported', 'active', CURRENT_DATE - 1, 'Rest', @specialist, 1, now(), now(), @specialist
                FROM generate_series(1, 60) AS n
                RETURNING id
                """, ("pet", Guid.Parse(pet)), ("referral", Guid.Parse(referral)), ("specialist", specialist));
        }
        var allPlans = plansOf.Values.SelectMany(p => p).ToArray();

        await Poll.UntilAsync(() => api.ScalarAsync<long>("""
            SELECT count(*) FROM outbox_messages WHERE type = 'plan.overdue' AND entity_id = ANY(@plans) AND dispatched_at IS NOT NULL
            """, ("plans", allPlans)), count => count == allPlans.Length, "every overdue review published");

        foreach (var specialist in specialists)
        {
            var noticed = await api.IdsAsync("SELECT entity_id FROM notifications WHERE recipient_id = @u AND kind = 'planReviewOverdue'", ("u", specialist.UserId));
            Assert.Equal((specialist == leaver ? [] : plansOf[specialist.UserId]).Order(), noticed.Order());
        }
        var firstNotices = await ApiFixtureHelpers.AllPagesAsync(specialists[0], "/api/notifications?limit=50");
        var overdueNotices = firstNotices.Where(n => n["kind"]!.GetValue<string>() == "planReviewOverdue").Select(n => n["id"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(60, overdueNotices.Count);
        // Live too: the specialist's connection hears of each of its 60 notices, once each.
        var announced = new List<string>();
        while (announced.Count < overdueNotices.Count)
        {
            var e = await WaitForAsync(heard, e => e.Type == "notification.created" && overdueNotices.Contains(e.EntityId));
            announced.Add(e.EntityId);
        }
        Assert.Equal(overdueNotices.Order(), announced.Order());
        foreach (var specialist in specialists) specialist.Dispose();
    }

    private static async Task<JsonObject> WaitForNoticeAsync(ApiClient user, string kind, string recordId) =>
        (await Poll.UntilAsync(() => ApiFixtureHelpers.AllPagesAsync(user, "/api/notifications?limit=200"),
            notices => notices.Any(n => n["kind"]!.GetValue<string>() == kind && n["link"]!["id"]!.GetValue<string>() == recordId), $"a {kind} notification"))
        .First(n => n["kind"]!.GetValue<string>() == kind && n["link"]!["id"]!.GetValue<string>() == recordId);

    private static async Task<int> UnreadAsync(ApiClient user) =>
        (await user.GetAsync("/api/notifications/count")).Expect(HttpStatusCode.OK).Object["unread"]!.GetValue<int>();

    private async Task<HubConnection> ConnectAsync(ApiClient user)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(stack.App.GetEndpoint("api"), "/hubs/clinic"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult(user.AccessToken);
                o.SkipNegotiation = true;
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets;
            })
            .Build();
        await connection.StartAsync();
        Assert.Contains($"user:{user.UserId}", await connection.InvokeAsync<string[]>("Subscriptions"));
        return connection;
    }

    private static async Task<LiveEvent> WaitForAsync(Channel<LiveEvent> events, Func<LiveEvent, bool> match)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = await events.Reader.ReadAsync(deadline.Token);
            if (match(next)) return next;
        }
    }
}

using System.Net;
using System.Text;
using VetCrm.Data.Seeding;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Live;
using VetCrm.Tests.Tasks;
using static VetCrm.Tests.Messaging.Threads;

namespace VetCrm.Tests.Messaging;

/// <summary>
/// Secure messaging over REST on the shared stack (signed links live 5 s and files may be 1 MB there, see StackFixture):
/// files typed by their content, signed links bound to a user and an attachment that expire, access that follows the
/// case, receipts, notices and live events for the participants.
/// </summary>
[Collection("stack")]
public sealed class MessagingApiTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_pdf_sent_with_a_message_is_typed_by_its_content_and_fetched_only_through_a_link_for_that_user_and_file()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, referral) = await cast.NewCaseAsync();
        var (specialist, coordinator) = (cast["specialist"], cast["coordinator"]);
        var thread = (await StartAsync(specialist, pet, [coordinator], referralId: referral)).Expect(HttpStatusCode.Created);
        Assert.Equal(referral, thread.Object["referral"]!["id"]!.GetValue<string>());
        Assert.Equal(new[] { coordinator.UserId, specialist.UserId }.Order(),
            thread.Object["participants"]!.AsArray().Select(p => Guid.Parse(p!["id"]!.GetValue<string>())).Order());

        var pdf = MinimalPdf.Create("Echo report", "LA:Ao 1.9");
        // A hostile name (a path, a bidi override) is sanitised; a generic declared type is no claim.
        var sent = (await SendAsync(specialist, thread.Id, "Echo report attached; lateral view too.",
            new FilePart("../../etc/echo\u202Ereport.pdf", "application/octet-stream", pdf), new FilePart("lateral.png", "image/png", Png))).Expect(HttpStatusCode.Created);
        var files = sent.Object["attachments"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["application/pdf", "image/png"], files.Select(f => f["contentType"]!.GetValue<string>()));
        Assert.Equal("echoreport.pdf", files[0]["fileName"]!.GetValue<string>());
        Assert.Equal(pdf.Length, files[0]["sizeBytes"]!.GetValue<long>());
        var pdfId = files[0]["id"]!.GetValue<string>();
        var pngId = files[1]["id"]!.GetValue<string>();
        var receipt = ReceiptOf(sent.Object, coordinator);
        Assert.Null(receipt["deliveredAt"]);
        Assert.Null(receipt["readAt"]);
        // The thread's own answer carries file names and sizes, never the bytes.
        var read = (await coordinator.GetAsync($"/api/message-threads/{thread.Id}")).Expect(HttpStatusCode.OK);
        Assert.Equal(["id", "fileName", "contentType", "sizeBytes"], read.Object["messages"]![1]!["attachments"]![0]!.AsObject().Select(p => p.Key));

        var token = await LinkTokenAsync(coordinator, pdfId);
        using (var download = await DownloadAsync(coordinator, pdfId, token))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("echoreport.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        }
        // The link is the coordinator's, for the PDF only: not the specialist's (who may read the file), not the PNG.
        using (var otherUser = await DownloadAsync(specialist, pdfId, token)) Assert.Equal(HttpStatusCode.Forbidden, otherUser.StatusCode);
        using (var otherFile = await DownloadAsync(coordinator, pngId, token)) Assert.Equal(HttpStatusCode.Forbidden, otherFile.StatusCode);
        using (var forged = await DownloadAsync(coordinator, pdfId, token[..^4] + "AAAA")) Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        using (var noToken = await coordinator.Http.GetAsync($"/api/attachments/{pdfId}")) Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        using (var anonymous = api.Anonymous())
        using (var signedOut = await anonymous.Http.GetAsync($"/api/attachments/{pdfId}?token={Uri.EscapeDataString(token)}"))
            Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);

        // Who sent and who downloaded is in the audit log.
        var admin = cast["admin"];
        var downloads = await ApiFixtureHelpers.AllPagesAsync(admin, $"/api/audit?entityType=messageAttachment&entityId={pdfId}");
        var entry = Assert.Single(downloads);
        Assert.Equal("download", entry["action"]!.GetValue<string>());
        Assert.Equal(coordinator.UserId.ToString(), entry["actor"]!["id"]!.GetValue<string>());
        Assert.Equal("create", Assert.Single(await ApiFixtureHelpers.AllPagesAsync(admin, $"/api/audit?entityType=message&entityId={sent.Id}"))["action"]!.GetValue<string>());
        Assert.Equal("create", Assert.Single(await ApiFixtureHelpers.AllPagesAsync(admin, $"/api/audit?entityType=messageThread&entityId={thread.Id}"))["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task Spoofed_unknown_and_oversized_files_and_hostile_parts_are_refused_naming_the_part_and_change_nothing()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var specialist = cast["specialist"];
        var thread = (await StartAsync(specialist, pet, [cast["coordinator"]])).Expect(HttpStatusCode.Created);
        var pdf = MinimalPdf.Create("Lab results");

        var spoofed = (await SendAsync(specialist, thread.Id, "x", new FilePart("ok.pdf", "application/pdf", pdf), new FilePart("photo.png", "image/png", pdf)))
            .Expect(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/pdf", Assert.Single(spoofed.ErrorsFor("attachments[1]")));
        var executable = (await SendAsync(specialist, thread.Id, "x", new FilePart("tool.pdf", null, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]))).Expect(HttpStatusCode.UnsupportedMediaType);
        Assert.NotEmpty(executable.ErrorsFor("attachments[0]"));
        var tooBig = new byte[1024 * 1024 + 1];
        "%PDF-1.4\n"u8.CopyTo(tooBig);
        Assert.Single((await SendAsync(specialist, thread.Id, "x", new FilePart("huge.pdf", "application/pdf", tooBig)))
            .Expect(HttpStatusCode.RequestEntityTooLarge).ErrorsFor("attachments[0]"));
        Assert.NotEmpty((await SendAsync(specialist, thread.Id, "a\0b")).Expect(HttpStatusCode.BadRequest).ErrorsFor("body"));
        Assert.NotEmpty((await SendAsync(specialist, thread.Id, new string('x', 10_001))).Expect(HttpStatusCode.BadRequest).ErrorsFor("body"));
        Assert.NotEmpty((await SendAsync(specialist, thread.Id, null)).Expect(HttpStatusCode.BadRequest).ErrorsFor("body"));
        (await specialist.PostAsync($"/api/message-threads/{thread.Id}/messages", new { body = "JSON is not how files travel" })).Expect(HttpStatusCode.UnsupportedMediaType);
        using (var form = new MultipartFormDataContent { { new StringContent("hi"), "body" }, { new StringContent("1"), "priority" } })
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/message-threads/{thread.Id}/messages") { Content = form })
            Assert.NotEmpty((await specialist.SendAsync(request)).Expect(HttpStatusCode.BadRequest).ErrorsFor("priority"));

        var after = (await specialist.GetAsync($"/api/message-threads/{thread.Id}")).Expect(HttpStatusCode.OK);
        Assert.Equal(1, after.Object["messageCount"]!.GetValue<int>());
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM message_attachments a JOIN messages m ON m.id = a.message_id WHERE m.thread_id = @t", ("t", Guid.Parse(thread.Id))));

        // Plain text is accepted and typed as such whatever its name says.
        var note = (await SendAsync(specialist, thread.Id, "Owner's notes", new FilePart("notes.pdf", null, Encoding.UTF8.GetBytes("Resting breaths: 24, 26, 22\n")))).Expect(HttpStatusCode.Created);
        Assert.Equal("text/plain", note.Object["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_signed_link_stops_working_once_it_expires()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var (specialist, coordinator) = (cast["specialist"], cast["coordinator"]);
        var thread = (await StartAsync(specialist, pet, [coordinator])).Expect(HttpStatusCode.Created);
        var sent = (await SendAsync(specialist, thread.Id, "Report", new FilePart("report.pdf", "application/pdf", MinimalPdf.Create("Report"))))
            .Expect(HttpStatusCode.Created);
        var attachment = sent.Object["attachments"]![0]!["id"]!.GetValue<string>();

        var link = (await coordinator.PostAsync($"/api/attachments/{attachment}/link")).Expect(HttpStatusCode.OK).Object;
        var token = link["token"]!.GetValue<string>();
        Assert.Equal($"/api/attachments/{attachment}?token={Uri.EscapeDataString(token)}", link["url"]!.GetValue<string>());
        using (var fresh = await coordinator.Http.GetAsync(link["url"]!.GetValue<string>())) Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        // The same link, used again until it is refused: the shared stack issues links for 5 seconds.
        var refused = await Poll.UntilAsync(async () => (await DownloadAsync(coordinator, attachment, token)).StatusCode,
            status => status != HttpStatusCode.OK, "the link to expire", TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        // A new link works again.
        using var renewed = await DownloadAsync(coordinator, attachment, await LinkTokenAsync(coordinator, attachment));
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    [Fact]
    public async Task Threads_follow_the_case_a_participant_who_loses_the_case_loses_the_thread_and_its_files()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var (specialist, coordinator, clientCare, admin) = (cast["specialist"], cast["coordinator"], cast["clientCare"], cast["admin"]);
        var otherSpecialist = cast["otherSpecialist"];

        // Only staff who reach the case can take part; a non-staff id is refused too.
        var outsider = (await StartAsync(specialist, pet, [coordinator, otherSpecialist])).Expect(HttpStatusCode.BadRequest);
        Assert.Contains(otherSpecialist.UserName, Assert.Single(outsider.ErrorsFor("participants")));
        Assert.NotEmpty((await StartAsync(specialist, pet, [cast["none"]])).Expect(HttpStatusCode.BadRequest).ErrorsFor("participants"));
        Assert.NotEmpty((await StartAsync(otherSpecialist, pet, [specialist])).Expect(HttpStatusCode.BadRequest).ErrorsFor("pet"));
        (await StartAsync(cast["none"], pet, [specialist])).Expect(HttpStatusCode.Forbidden);

        var thread = (await StartAsync(coordinator, pet, [specialist])).Expect(HttpStatusCode.Created);
        var url = $"/api/message-threads/{thread.Id}";
        var sent = (await SendAsync(coordinator, thread.Id, "Discharge summary", new FilePart("summary.pdf", null, MinimalPdf.Create("Summary")))).Expect(HttpStatusCode.Created);
        var attachment = sent.Object["attachments"]![0]!["id"]!.GetValue<string>();
        var specialistToken = await LinkTokenAsync(specialist, attachment);

        // Client care reaches every case but sees a thread only as a participant; admins see all for oversight but write only where they take part.
        (await clientCare.GetAsync(url)).Expect(HttpStatusCode.NotFound);
        Assert.DoesNotContain(await ApiFixtureHelpers.AllPagesAsync(clientCare, $"/api/message-threads?pet={pet}"), t => t["id"]!.GetValue<string>() == thread.Id);
        (await clientCare.PostAsync($"/api/attachments/{attachment}/link")).Expect(HttpStatusCode.NotFound);
        Assert.Empty((await admin.GetAsync(url)).Expect(HttpStatusCode.OK).Object["allowedActions"]!.AsArray());
        (await SendAsync(admin, thread.Id, "Oversight")).Expect(HttpStatusCode.Forbidden);
        (await admin.PostAsync($"{url}/read")).Expect(HttpStatusCode.Forbidden);
        (await otherSpecialist.GetAsync(url)).Expect(HttpStatusCode.NotFound);
        (await SendAsync(otherSpecialist, thread.Id, "Not mine")).Expect(HttpStatusCode.NotFound);

        // The case moves to another specialist: the former one loses the thread, its list entry, its file and its link.
        var petNow = (await coordinator.GetAsync($"/api/pets/{pet}")).Expect(HttpStatusCode.OK);
        (await coordinator.PatchAsync($"/api/pets/{pet}", new { version = petNow.Version, assignedSpecialist = new { id = otherSpecialist.UserId } })).Expect(HttpStatusCode.OK);
        (await specialist.GetAsync(url)).Expect(HttpStatusCode.NotFound);
        Assert.DoesNotContain(await ApiFixtureHelpers.AllPagesAsync(specialist, "/api/message-threads?mine=true"), t => t["id"]!.GetValue<string>() == thread.Id);
        (await SendAsync(specialist, thread.Id, "Still here?")).Expect(HttpStatusCode.NotFound);
        (await specialist.PostAsync($"/api/attachments/{attachment}/link")).Expect(HttpStatusCode.NotFound);
        using (var stale = await DownloadAsync(specialist, attachment, specialistToken)) Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
        // The new specialist reaches the case but is no participant of this thread.
        (await otherSpecialist.GetAsync(url)).Expect(HttpStatusCode.NotFound);
        (await coordinator.GetAsync(url)).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Receipts_notices_and_live_events_reach_the_participants_and_the_inbox_pages_unread_first()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var (specialist, coordinator, clientCare) = (cast["specialist"], cast["coordinator"], cast["clientCare"]);
        var recipient = await api.NewUserAsync("clientCare");
        await using var senderFeed = await LiveFeed.ConnectAsync(stack.App.GetEndpoint("api"), specialist);
        await using var recipientFeed = await LiveFeed.ConnectAsync(stack.App.GetEndpoint("api"), recipient);
        await using var bystanderFeed = await LiveFeed.ConnectAsync(stack.App.GetEndpoint("api"), clientCare);

        var threads = new List<string>();
        for (var i = 0; i < 3; i++) threads.Add((await StartAsync(specialist, pet, [recipient], subject: $"Inbox thread {i}")).Expect(HttpStatusCode.Created).Id);
        var message = (await SendAsync(specialist, threads[0], "Latest news on the first thread")).Expect(HttpStatusCode.Created);
        var url = $"/api/message-threads/{threads[0]}";

        // The recipient hears of the message live; client care, which sees the case but not the thread, does not.
        await recipientFeed.WaitForAsync(e => e.Type == "message.sent" && e.EntityId == message.Id);
        var notice = await Poll.UntilAsync(() => ApiFixtureHelpers.AllPagesAsync(recipient, "/api/notifications"),
            n => n.Any(x => x["link"]!["id"]!.GetValue<string>() == message.Id), "the recipient's notice");
        Assert.Equal("messageReceived", notice.First(x => x["link"]!["id"]!.GetValue<string>() == message.Id)["kind"]!.GetValue<string>());
        Assert.DoesNotContain(await ApiFixtureHelpers.AllPagesAsync(specialist, "/api/notifications"), x => x["link"]!["id"]!.GetValue<string>() == message.Id);

        // Inbox: 3 unread threads over two pages; reading one sends it behind the unread ones.
        var inbox = await ApiFixtureHelpers.AllPagesAsync(recipient, "/api/message-threads?mine=true&limit=2");
        Assert.Equal([threads[0], threads[2], threads[1]], inbox.Select(t => t["id"]!.GetValue<string>()));
        Assert.All(inbox, t => Assert.True(t["unreadCount"]!.GetValue<int>() > 0));

        // Fetching delivers; opening reads. The sender sees both receipts, the read one live.
        var fetched = (await recipient.GetAsync(url)).Expect(HttpStatusCode.OK).Object;
        Assert.NotNull(ReceiptOf(fetched["messages"]![1]!.AsObject(), recipient)["deliveredAt"]);
        Assert.Null(ReceiptOf(fetched["messages"]![1]!.AsObject(), recipient)["readAt"]);
        var opened = (await recipient.PostAsync($"{url}/read")).Expect(HttpStatusCode.OK).Object;
        Assert.Equal(0, opened["unreadCount"]!.GetValue<int>());
        await senderFeed.WaitForAsync(e => e.Type == "message.receipt" && e.EntityId == threads[0]);
        var seen = (await specialist.GetAsync(url)).Expect(HttpStatusCode.OK).Object;
        Assert.All(seen["messages"]!.AsArray(), m => Assert.NotNull(ReceiptOf(m!.AsObject(), recipient)["readAt"]));

        var reordered = await ApiFixtureHelpers.AllPagesAsync(recipient, "/api/message-threads?mine=true&limit=2");
        Assert.Equal(threads[0], reordered[^1]["id"]!.GetValue<string>());
        Assert.Equal(2, (await ApiFixtureHelpers.AllPagesAsync(recipient, "/api/message-threads?mine=true&unread=true&limit=1")).Count);
        // A log on the case, which client care hears of, is published after every event above: none of those reached it.
        var log = await ApiFixtureHelpers.CreateAsync(coordinator, "interactions", ApiFixtureHelpers.InteractionBody(pet));
        await bystanderFeed.WaitForAsync(e => e.Type == "interaction.logged" && e.EntityId == log);
        Assert.DoesNotContain(bystanderFeed.Received, e => e.Type.StartsWith("message.", StringComparison.Ordinal) || e.Type == "thread.started");
        (await recipient.GetAsync("/api/message-threads?cursor=not-a-cursor")).Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Thread_message_and_receipt_events_skip_the_admin_and_the_case_coordinator_who_take_no_part()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var (specialist, coordinator, clientCare, admin) = (cast["specialist"], cast["coordinator"], cast["clientCare"], cast["admin"]);
        var endpoint = stack.App.GetEndpoint("api");
        await using var participantFeed = await LiveFeed.ConnectAsync(endpoint, clientCare);
        await using var adminFeed = await LiveFeed.ConnectAsync(endpoint, admin);
        await using var coordinatorFeed = await LiveFeed.ConnectAsync(endpoint, coordinator);

        var thread = (await StartAsync(specialist, pet, [clientCare], subject: "Discharge call <script>&\"")).Expect(HttpStatusCode.Created).Id;
        var message = (await SendAsync(specialist, thread, "Owner asks about the cone")).Expect(HttpStatusCode.Created).Id;
        (await clientCare.PostAsync($"/api/message-threads/{thread}/read")).Expect(HttpStatusCode.OK);
        await participantFeed.WaitForAsync(e => e.Type == "thread.started" && e.EntityId == thread);
        await participantFeed.WaitForAsync(e => e.Type == "message.sent" && e.EntityId == message);

        // Both bystanders reach the case (the admin reads the thread too) and hear a later log on it, published after
        // every thread event above; none of those reached them.
        (await admin.GetAsync($"/api/message-threads/{thread}")).Expect(HttpStatusCode.OK);
        var log = await ApiFixtureHelpers.CreateAsync(specialist, "interactions", ApiFixtureHelpers.InteractionBody(pet));
        await adminFeed.WaitForAsync(e => e.Type == "interaction.logged" && e.EntityId == log);
        await coordinatorFeed.WaitForAsync(e => e.Type == "interaction.logged" && e.EntityId == log);
        string[] threadEvents = [thread, message];
        Assert.DoesNotContain(adminFeed.Received, e => threadEvents.Contains(e.EntityId));
        Assert.DoesNotContain(coordinatorFeed.Received, e => threadEvents.Contains(e.EntityId));
    }
}

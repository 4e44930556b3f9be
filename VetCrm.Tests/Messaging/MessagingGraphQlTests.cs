using System.Net;
using VetCrm.Data.Seeding;
using VetCrm.Tests.Api;
using VetCrm.Tests.GraphQl;
using VetCrm.Tests.Infrastructure;
using VetCrm.Tests.Tasks;
using static VetCrm.Tests.Messaging.Threads;

namespace VetCrm.Tests.Messaging;

/// <summary>Threads over GraphQL: the same commands and queries as REST, so receipts and files read alike; files themselves stay on REST.</summary>
[Collection("stack")]
public sealed class MessagingGraphQlTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers api = new(stack);

    private const string ThreadQuery = """
        query($id: ID!) { messageThread(id: $id) { subject unreadCount pet { id } participants { id fullName }
          messages { body sender { id } attachments { id fileName contentType sizeBytes } receipts { recipient { id } deliveredAt readAt } } } }
        """;

    [Fact]
    public async Task A_thread_is_started_answered_and_read_over_graphql_with_its_receipts_and_files()
    {
        var cast = await StaffCast.ForAsync(api);
        var (pet, _) = await cast.NewCaseAsync();
        var (specialist, coordinator) = (cast["specialist"], cast["coordinator"]);

        var started = (await specialist.GraphQlAsync("""
            mutation($pet: ID!, $with: [ID!]!) { startMessageThread(pet: $pet, subject: "Bloods", participants: $with, body: "Creatinine is up.") { id messageCount } }
            """, new { pet, with = new[] { coordinator.UserId } })).Ok()["startMessageThread"]!;
        var thread = started["id"]!.GetValue<string>();
        Assert.Equal(1, started["messageCount"]!.GetValue<int>());
        (await SendAsync(specialist, thread, "Lab PDF", new FilePart("labs.pdf", null, MinimalPdf.Create("Creatinine 180")))).Expect(HttpStatusCode.Created);
        var reply = (await coordinator.GraphQlAsync("mutation($t: ID!) { sendMessage(thread: $t, body: \"Owner informed.\") { id receipts { recipient { id } readAt } } }",
            new { t = thread })).Ok()["sendMessage"]!;
        Assert.Equal(specialist.UserId.ToString(), reply["receipts"]![0]!["recipient"]!["id"]!.GetValue<string>());

        // The coordinator's fetch delivers; marking read reads; the specialist sees both on its messages.
        var fetched = (await coordinator.GraphQlAsync(ThreadQuery, new { id = thread })).Ok()["messageThread"]!;
        Assert.Equal(2, fetched["unreadCount"]!.GetValue<int>());
        Assert.Equal("application/pdf", fetched["messages"]![1]!["attachments"]![0]!["contentType"]!.GetValue<string>());
        (await coordinator.GraphQlAsync("mutation($t: ID!) { markMessageThreadRead(thread: $t) { unreadCount } }", new { t = thread })).Ok();
        var seen = (await specialist.GraphQlAsync(ThreadQuery, new { id = thread })).Ok()["messageThread"]!;
        Assert.Equal(pet, seen["pet"]!["id"]!.GetValue<string>());
        var mine = seen["messages"]!.AsArray().Where(m => m!["sender"]!["id"]!.GetValue<string>() == specialist.UserId.ToString()).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, m => Assert.NotNull(m!["receipts"]![0]!["readAt"]));

        // Out of reach reads as NOT_FOUND; a non-participant's send as FORBIDDEN; a file refused over REST names its part.
        Assert.Equal("NOT_FOUND", (await cast["clientCare"].GraphQlAsync(ThreadQuery, new { id = thread })).ErrorCode());
        Assert.Equal("FORBIDDEN", (await cast["admin"].GraphQlAsync("mutation($t: ID!) { sendMessage(thread: $t, body: \"x\") { id } }", new { t = thread })).ErrorCode());
        var empty = await specialist.GraphQlAsync("mutation($t: ID!) { sendMessage(thread: $t, body: \"  \") { id } }", new { t = thread });
        Assert.Equal("BAD_USER_INPUT", empty.ErrorCode());
    }
}

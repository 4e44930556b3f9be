using System.Text.Json;

namespace VetCrm.Bench;

/// <summary>The flows measured at every size: the hot reads of the clinic's day, and its writes.</summary>
public static class BenchFlows
{
    // What a referral-queue page shows, over GraphQL: the same page as the REST flow, for the ratio between them.
    private const string GraphQlReferralQueue = """
        { referrals(order: "-receivedAt", limit: 50) { nextCursor items { id referralNumber referringClinic referralReason status priority receivedAt
          createdAt updatedAt archivedAt version allowedActions nextStatuses
          pet { id petName species breed dateOfBirth ownerName ownerPhone primaryVetClinic createdAt updatedAt version }
          receivedBy { id username email role fullName } } } }
        """;

    public const string SignedInFloor = "signed-in-floor";

    public static async Task<IReadOnlyList<BenchFlow>> ForAsync(StackUnderTest stack, string scriptFolder)
    {
        var admin = stack.AdminToken;
        var casePetId = await stack.ScalarAsync<Guid>("SELECT id FROM pets ORDER BY updated_at DESC LIMIT 1");
        // Creates go to a thousand other pets, so that no case grows round by round into one no clinic has.
        var writePets = (await stack.RowsAsync("SELECT id, 0::bigint, '' FROM pets ORDER BY updated_at DESC OFFSET 1 LIMIT 1000")).Select(r => r.Id).ToArray();
        var searchName = await stack.ScalarAsync<string>("SELECT split_part(pet_name, ' ', 1) FROM pets LIMIT 1");
        var specialist = await stack.LoginAsync(await stack.ScalarAsync<string>("SELECT user_name FROM users WHERE role = 'specialist' AND user_name LIKE 'bulk%' ORDER BY user_name LIMIT 1"));
        var today = DateTime.UtcNow.Date;
        var day = $"from={today:yyyy-MM-dd}T00:00:00Z&to={today.AddDays(1):yyyy-MM-dd}T00:00:00Z";
        string Script(string name, string lua)
        {
            var path = Path.Combine(scriptFolder, $"{name}.lua");
            File.WriteAllText(path, lua);
            return path;
        }

        var interaction = $$"""
            {"pet":{"id":"{pet}"},"user":{"id":"{{stack.AdminId}}"},"interactionType":"call","summary":"Called owner","followUpNeeded":false,"interactionAt":"2026-11-21T10:00:00Z"}
            """;

        // Versioned changes start from the records' versions as they are when each run starts.
        BenchFlow Versioned(string name, string method, string collection, string pathTemplate, string body, string rows, IReadOnlyDictionary<string, string>? nextStatus = null)
        {
            var path = Path.Combine(scriptFolder, $"{name}.lua");
            return new BenchFlow(name, collection, admin, 16, path, Refresh: async () =>
                await File.WriteAllTextAsync(path, WrkScripts.VersionedChanges(method, pathTemplate, body, await stack.RowsAsync(rows), nextStatus)));
        }

        return
        [
            new("referral-queue", "/api/referrals?include=pet,receivedBy&order=-receivedAt&limit=50", admin, ParseFlow: "referral-queue", Sql: new("referrals")),
            new("graphql-referral-queue", "/graphql", admin, Script: Script("graphql", WrkScripts.Post(JsonSerializer.Serialize(new { query = GraphQlReferralQueue })))),
            new("pet-pipeline", "/api/pets?include=assignedSpecialist&order=-updatedAt&limit=50", admin, ParseFlow: "pet-pipeline", Sql: new("pets")),
            new("triage-queue", "/api/referrals/queue", admin),
            new("pet-search", $"/api/pets?q={Uri.EscapeDataString(searchName)}&limit=50", admin),
            new("case-page", $"/api/pets/{casePetId}/case", admin),
            new("calendar-day", $"/api/appointments?{day}&include=pet,specialist&order=startAt&limit=200", admin),
            new("my-tasks", "/api/tasks?mine=true&status=open&include=pet&limit=50", specialist),
            // The cheapest signed-in request (the token, the caller, one row by key) at the writes' 16 connections: no write
            // can go faster, so beside Parse's write rate it bounds what any write's ratio could be on this machine.
            new(SignedInFloor, "/api/auth/me", admin, 16),
            new("create-interaction", "/api/interactions", admin, 16, Script("interaction", WrkScripts.PostForPets(interaction, writePets)), ParseFlow: "create-interaction",
                Sql: new("interaction_logs", interaction, writePets)),
            new("create-referral", "/api/referrals", admin, 16, Script("referral", WrkScripts.PostForPets("""
                {"pet":{"id":"{pet}"},"referringClinic":"Riverside Vets","referralReason":"Intermittent lameness, left fore; radiographs attached.","priority":"routine"}
                """, writePets))),
            Versioned("task-status-move", "POST", "/api/tasks", "/api/tasks/{id}/status", """{"status":"{next}","version":{version},"reason":"Done at the ward round."}""",
                "SELECT id, xmin::text::bigint, status FROM care_tasks WHERE status IN ('open', 'done') ORDER BY id LIMIT 256",
                new Dictionary<string, string> { ["open"] = "done", ["done"] = "open" }),
            Versioned("plan-revision", "PATCH", "/api/treatment-plans", "/api/treatment-plans/{id}", """{"version":{version},"diagnosisNotes":"Revised at review, after version {version}."}""",
                "SELECT id, xmin::text::bigint, plan_status FROM treatment_plans WHERE archived_at IS NULL ORDER BY id LIMIT 256"),
        ];
    }
}

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

    public static async Task<IReadOnlyList<BenchFlow>> ForAsync(StackUnderTest stack, string scriptFolder)
    {
        var admin = stack.AdminToken;
        var petId = await stack.ScalarAsync<Guid>("SELECT id FROM pets ORDER BY updated_at DESC LIMIT 1");
        var searchName = await stack.ScalarAsync<string>("SELECT split_part(pet_name, ' ', 1) FROM pets LIMIT 1");
        var specialist = await stack.LoginAsync(await stack.ScalarAsync<string>("SELECT user_name FROM users WHERE role = 'specialist' AND user_name LIKE 'bulk%' ORDER BY user_name LIMIT 1"));
        var today = DateTime.UtcNow.Date;
        var day = $"from={today:yyyy-MM-dd}T00:00:00Z&to={today.AddDays(1):yyyy-MM-dd}T00:00:00Z";
        var tasks = await stack.RowsAsync("SELECT id, xmin::text::bigint, status FROM care_tasks WHERE status = 'open' ORDER BY id LIMIT 256");
        var plans = await stack.RowsAsync("SELECT id, xmin::text::bigint, plan_status FROM treatment_plans WHERE archived_at IS NULL ORDER BY id LIMIT 256");

        string Script(string name, string lua)
        {
            var path = Path.Combine(scriptFolder, $"{name}.lua");
            File.WriteAllText(path, lua);
            return path;
        }

        return
        [
            new("referral-queue", "/api/referrals?include=pet,receivedBy&order=-receivedAt&limit=50", admin, ParseFlow: "referral-queue", ListedTable: "referrals"),
            new("graphql-referral-queue", "/graphql", admin, Script: Script("graphql", WrkScripts.Post(JsonSerializer.Serialize(new { query = GraphQlReferralQueue })))),
            new("pet-pipeline", "/api/pets?include=assignedSpecialist&order=-updatedAt&limit=50", admin, ParseFlow: "pet-pipeline", ListedTable: "pets"),
            new("triage-queue", "/api/referrals/queue", admin),
            new("pet-search", $"/api/pets?q={Uri.EscapeDataString(searchName)}&limit=50", admin),
            new("case-page", $"/api/pets/{petId}/case", admin),
            new("calendar-day", $"/api/appointments?{day}&include=pet,specialist&order=startAt&limit=200", admin),
            new("my-tasks", "/api/tasks?mine=true&status=open&include=pet&limit=50", specialist),
            new("create-interaction", "/api/interactions", admin, 16, Script("interaction", WrkScripts.Post($$"""
                {"pet":{"id":"{{petId}}"},"user":{"id":"{{stack.AdminId}}"},"interactionType":"call","summary":"Called owner","followUpNeeded":false,"interactionAt":"2026-11-21T10:00:00Z"}
                """)), ParseFlow: "create-interaction"),
            new("create-referral", "/api/referrals", admin, 16, Script("referral", WrkScripts.Post($$"""
                {"pet":{"id":"{{petId}}"},"referringClinic":"Riverside Vets","referralReason":"Intermittent lameness, left fore; radiographs attached.","priority":"routine"}
                """))),
            new("task-status-move", "/api/tasks", admin, 16, Script("task-status", WrkScripts.VersionedChanges("POST", "/api/tasks/{id}/status",
                """{"status":"{next}","version":{version},"reason":"Done at the ward round."}""", tasks,
                new Dictionary<string, string> { ["open"] = "done", ["done"] = "open" }))),
            new("plan-revision", "/api/treatment-plans", admin, 16, Script("plan-revision", WrkScripts.VersionedChanges("PATCH", "/api/treatment-plans/{id}",
                """{"version":{version},"diagnosisNotes":"Revised at review, after version {version}."}""", plans))),
        ];
    }
}

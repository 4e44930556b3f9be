using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Appointments;
using VetCrm.Tests.Contract;
using VetCrm.Tests.Scores;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// Who the API fuzzers act as and on: a caller of every role and an anonymous one, all from one client address of their
/// own (so that their sign-ins spend no other test's rate budget), and a case of their own — a pet, its referral, a plan
/// and a log, by collection — with the version each started at.
/// </summary>
public sealed class FuzzCast : IDisposable
{
    private FuzzCast(Dictionary<string, ApiClient> callers, Dictionary<string, string> records, Dictionary<string, uint> versions) =>
        (Callers, Records, Versions) = (callers, records, versions);

    public IReadOnlyDictionary<string, ApiClient> Callers { get; }

    /// <summary>The case's records: collection (pets, referrals, treatment-plans, interactions) → id.</summary>
    public IReadOnlyDictionary<string, string> Records { get; }

    public IReadOnlyDictionary<string, uint> Versions { get; }

    public static async Task<FuzzCast> CreateAsync(ApiFixtureHelpers api)
    {
        var callers = new Dictionary<string, ApiClient>
        {
            ["admin"] = await api.AdminAsync(),
            ["coordinator"] = await api.NewUserAsync("coordinator"),
            ["specialist"] = await api.NewUserAsync("specialist"),
            ["clientCare"] = await api.NewUserAsync("clientCare"),
            ["none"] = await api.NewUserAsync(null),
            ["anonymous"] = api.Anonymous(),
        };
        foreach (var caller in callers.Values)
        {
            caller.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
            caller.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "2001:db8::f022");
        }
        var (coordinator, specialist) = (callers["coordinator"], callers["specialist"]);
        var petId = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        var referralId = await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(petId));
        var records = new Dictionary<string, string>
        {
            ["pets"] = petId,
            ["referrals"] = referralId,
            ["treatment-plans"] = await ApiFixtureHelpers.CreateAsync(specialist, "treatment-plans", ApiFixtureHelpers.PlanBody(petId, referralId)),
            ["interactions"] = await ApiFixtureHelpers.CreateAsync(specialist, "interactions", ApiFixtureHelpers.InteractionBody(petId)),
        };
        var versions = new Dictionary<string, uint>();
        foreach (var (collection, id) in records) versions[collection] = (await callers["admin"].GetAsync($"/api/{collection}/{id}")).Expect(HttpStatusCode.OK).Version;
        return new FuzzCast(callers, records, versions);
    }

    /// <summary>
    /// A body the operation would accept as is (changes carry the version the record started at); records of
    /// collections the case has none of (a room, an equipment item) come from <paramref name="more"/>.
    /// </summary>
    public JsonObject ValidBody(DocumentedOperation operation, IReadOnlyDictionary<string, string>? more = null)
    {
        string Id(string collection) => Records.GetValueOrDefault(collection) ?? more?.GetValueOrDefault(collection) ?? Guid.Empty.ToString();
        var (petId, referralId, specialist) = (Id("pets"), Id("referrals"), new { id = Callers["specialist"].UserId });
        var version = Versions.GetValueOrDefault(operation.Collection);
        var start = BookingSlots.Next();
        var body = (operation.Method, operation.Path) switch
        {
            ("POST", "/api/pets") => ApiFixtureHelpers.PetBody(specialist.id),
            ("POST", "/api/referrals") => ApiFixtureHelpers.ReferralBody(petId),
            ("POST", "/api/treatment-plans") => ApiFixtureHelpers.PlanBody(petId, referralId),
            ("POST", "/api/interactions") => ApiFixtureHelpers.InteractionBody(petId, referralId: referralId),
            ("POST", "/api/appointments") => new
            {
                pet = new { id = petId }, referral = new { id = referralId }, specialist, room = new { id = Id("rooms") },
                startAt = start, endAt = start.AddMinutes(30), reason = "Recheck echocardiogram.",
            },
            ("POST", "/api/tasks") => new { pet = new { id = petId }, title = "Call the owner back", assignee = specialist, dueAt = start },
            ("POST", "/api/score-types") => new { code = $"c{Guid.NewGuid():N}"[..20], name = "Resting breath rate", kind = "numeric", min = 0, max = 120, step = 1, unit = "/min" },
            ("POST", "/api/scores") => new { pet = new { id = petId }, scoreType = new { id = ScoreTypeIds.Weight }, value = 31.25 },
            ("POST", "/api/equipment-items") => new { name = "Holter monitor", serialNumber = $"SN-{Guid.NewGuid():N}", kind = "holterMonitor" },
            ("POST", "/api/equipment-loans") => new { equipmentItem = new { id = Id("equipment-items") }, pet = new { id = petId }, dueBackAt = start },
            ("POST", "/api/message-threads") => new
            {
                pet = new { id = petId }, subject = "Echo results", participants = new[] { new { id = Callers["coordinator"].UserId } }, body = "Could you look at the echo?",
            },
            ("POST", "/api/webhooks") => new { url = "https://hooks.example.test/vetcrm", eventTypes = new[] { "referral.changed" } },
            (_, var path) when path.EndsWith("/status") => new { status = "triaged", reason = "fuzz", version },
            (_, var path) when path.EndsWith("/snooze") => new { version, until = start, reason = "Owner away until then." },
            (_, var path) when path.EndsWith("/reassign") => new { version, assignee = new { id = Callers["coordinator"].UserId } },
            (var method, var path) when method == "PATCH" || path.EndsWith("/done") => (object)new { version },
            (_, "/api/auth/login") => new { username = "fuzz-nobody", password = "wrong-password" },
            (_, "/api/auth/signup") => new { username = "fuzz", email = "fuzz@test.example", password = "Fuzz-password-2026", fullName = "Fuzz" },
            (_, var path) when path.EndsWith("/role") => new { role = "specialist" },
            _ => new { },
        };
        return System.Text.Json.JsonSerializer.SerializeToNode(body, ApiFixtureHelpers.Json)!.AsObject();
    }

    /// <summary>Asserts that each record of the case no change was accepted for still has the version it started at.</summary>
    public async Task AssertUnchangedAsync(IReadOnlySet<string> changedCollections)
    {
        foreach (var (collection, id) in Records.Where(r => !changedCollections.Contains(r.Key)))
        {
            var now = (await Callers["admin"].GetAsync($"/api/{collection}/{id}")).Expect(HttpStatusCode.OK);
            Assert.True(Versions[collection] == now.Version, $"A refused change altered the {collection} record: {now.Text}");
        }
    }

    public void Dispose()
    {
        foreach (var caller in Callers.Values) caller.Dispose();
    }
}

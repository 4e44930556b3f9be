using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.GraphQl;

/// <summary>
/// A list page over GraphQL is REST's page with its includes, page after page, whichever way the document asks for the
/// references (fields or fragments); and a document the server has seen before is still checked for each operation and caller.
/// </summary>
[Collection("stack")]
public sealed class GraphQlPageTests(StackFixture stack)
{
    private const string ReferralFields = """
        id referralNumber referringClinic referralReason status priority receivedAt createdAt updatedAt archivedAt version allowedActions nextStatuses
        """;
    private const string PetFields = "id petName species breed dateOfBirth ownerName ownerPhone primaryVetClinic createdAt updatedAt version";
    private const string UserFields = "id username email role fullName";

    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_referral_page_answers_what_REST_answers_with_pet_and_receivedBy_page_after_page()
    {
        using var coordinator = await api.NewUserAsync("coordinator");
        using var specialist = await api.NewUserAsync("specialist");
        using var otherSpecialist = await api.NewUserAsync("specialist");
        var hostile = "Rex'); DROP TABLE pets; -- <b>\"ü\\";
        for (var p = 0; p < 3; p++)
        {
            var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId, $"{hostile} {p}"));
            for (var r = 0; r < 2; r++) await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet, r == 0 ? "urgent" : "routine"));
        }
        // The same coordinator's referral on another specialist's case: out of the specialist's reach on both transports.
        var elsewhere = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(otherSpecialist.UserId));
        await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(elsewhere));

        var query = $$"""
            query($receivedBy: ID!, $cursor: String) { referrals(receivedBy: $receivedBy, limit: 4, cursor: $cursor) { nextCursor
              items { {{ReferralFields}} pet { {{PetFields}} } receivedBy { {{UserFields}} } } } }
            """;
        // The same references through a fragment, which a page does not look into before its rows resolve.
        var fragments = $$"""
            query($receivedBy: ID!, $cursor: String) { referrals(receivedBy: $receivedBy, limit: 4, cursor: $cursor) { nextCursor items { ...row } } }
            fragment row on Referral { {{ReferralFields}} pet { {{PetFields}} } receivedBy { {{UserFields}} } }
            """;
        string? cursor = null;
        var seen = 0;
        do
        {
            var rest = (await specialist.GetAsync($"/api/referrals?receivedBy={coordinator.UserId}&include=pet,receivedBy&limit=4"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).Expect(HttpStatusCode.OK).Object;
            foreach (var document in new[] { query, fragments })
            {
                var page = (await specialist.GraphQlAsync(document, new { receivedBy = coordinator.UserId, cursor })).Ok()["referrals"]!;
                Assert.Equal(rest["nextCursor"]?.GetValue<string>(), page["nextCursor"]?.GetValue<string>());
                var items = page["items"]!.AsArray();
                Assert.Equal(rest["items"]!.AsArray().Count, items.Count);
                for (var i = 0; i < items.Count; i++) AssertSame(rest["items"]![i]!, items[i]!, $"referral {seen + i}");
            }
            seen += rest["items"]!.AsArray().Count;
            cursor = rest["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        Assert.Equal(6, seen);
    }

    [Fact]
    public async Task A_document_seen_before_is_still_checked_for_each_operation_and_each_caller()
    {
        using var admin = await api.AdminAsync();
        using var specialist = await api.NewUserAsync("specialist");
        var ofTypes = string.Concat(Enumerable.Repeat("ofType { ", 20)) + "name" + new string('}', 20);
        var document = $"query Shallow {{ me {{ id }} }} query Deep {{ __type(name: \"Pet\") {{ fields {{ type {{ {ofTypes} }} }} }} }}";
        for (var i = 0; i < 2; i++) (await specialist.GraphQlAsync(document, operationName: "Shallow")).Ok();
        var deep = await specialist.GraphQlAsync(document, operationName: "Deep");
        Assert.Equal(HttpStatusCode.BadRequest, deep.Status);
        Assert.Contains("nested", deep.Errors[0]!["message"]!.GetValue<string>());

        // An administrator's document, sent again by a specialist, is the specialist's request.
        const string users = "{ users(limit: 1) { items { id } } }";
        Assert.Single((await admin.GraphQlAsync(users)).Ok()["users"]!["items"]!.AsArray());
        Assert.Equal("FORBIDDEN", (await specialist.GraphQlAsync(users)).ErrorCode());

        // Variables are still checked on a document seen before.
        const string byId = "query($id: ID!) { pet(id: $id) { id } }";
        Assert.Equal("NOT_FOUND", (await specialist.GraphQlAsync(byId, new { id = Guid.NewGuid() })).ErrorCode());
        var badVariable = await specialist.GraphQlAsync(byId, new { id = new[] { 1, 2 } });
        Assert.Equal(HttpStatusCode.BadRequest, badVariable.Status);
    }

    /// <summary>Every field GraphQL answered has REST's value (instants compared as instants: the two write them alike but not byte for byte).</summary>
    private static void AssertSame(JsonNode rest, JsonNode graphQl, string where)
    {
        foreach (var (name, value) in graphQl.AsObject())
        {
            var expected = rest[name];
            if (value is JsonObject nested)
            {
                Assert.True(expected is JsonObject, $"{where}: REST has no {name} object: {rest.ToJsonString()}");
                AssertSame(expected!, nested, $"{where}.{name}");
            }
            else if (value?.GetValueKind() == System.Text.Json.JsonValueKind.String && expected?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant)
                && value.GetValue<string>().Contains('T'))
                Assert.Equal(DateTimeOffset.Parse(expected.GetValue<string>(), CultureInfo.InvariantCulture), instant);
            else
                Assert.True(JsonNode.DeepEquals(expected, value), $"{where}.{name}: REST {expected?.ToJsonString() ?? "absent"}, GraphQL {value?.ToJsonString() ?? "null"}");
        }
    }
}

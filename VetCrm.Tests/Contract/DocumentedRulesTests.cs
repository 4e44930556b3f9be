using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Contract;

/// <summary>
/// The create bodies' schemas in the document are the rules the commands enforce: what the schema requires is refused
/// when missing and nothing else is, a text at its maxLength is taken and one character more is refused, a value
/// outside an enum is refused.
/// </summary>
[Collection("stack")]
public sealed class DocumentedRulesTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers _api = new(stack);

    [Theory]
    [InlineData("pets"), InlineData("referrals"), InlineData("treatment-plans"), InlineData("interactions")]
    public async Task A_create_body_is_held_to_exactly_what_its_schema_says(string records)
    {
        using var writer = await _api.NewUserAsync("admin");
        var document = (await writer.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK).Object;
        var reference = (string)document["paths"]![$"/api/{records}"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!;
        var schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
        var required = schema["required"]!.AsArray().Select(r => (string)r!).ToHashSet();
        var properties = schema["properties"]!.AsObject();
        var valid = await ValidBodyAsync(writer, records);

        foreach (var (name, property) in properties)
        {
            var without = valid.DeepClone().AsObject();
            without.Remove(name);
            var answer = await writer.PostAsync($"/api/{records}", without.ToJsonString());
            if (required.Contains(name)) Assert.NotEmpty(answer.Expect(HttpStatusCode.BadRequest).ErrorsFor(name));
            else answer.Expect(HttpStatusCode.Created);

            if ((int?)property!["maxLength"] is { } maxLength)
            {
                var tooLong = valid.DeepClone().AsObject();
                tooLong[name] = new string('x', maxLength + 1);
                Assert.Contains(maxLength.ToString(), (await writer.PostAsync($"/api/{records}", tooLong.ToJsonString())).Expect(HttpStatusCode.BadRequest).ErrorsFor(name)[0]);
            }
            if ((property["enum"] ?? property["oneOf"]?.AsArray().Select(o => o!["enum"]).FirstOrDefault(e => e is not null)) is JsonArray values)
            {
                var outside = valid.DeepClone().AsObject();
                outside[name] = "notOneOfThem";
                Assert.NotEmpty((await writer.PostAsync($"/api/{records}", outside.ToJsonString())).Expect(HttpStatusCode.BadRequest).ErrorsFor(name));
                Assert.NotEmpty(values);
            }
        }

        var longest = valid.DeepClone().AsObject();
        foreach (var (name, property) in properties)
        {
            if ((int?)property!["maxLength"] is { } maxLength) longest[name] = new string('y', maxLength);
        }
        var created = (await writer.PostAsync($"/api/{records}", longest.ToJsonString())).Expect(HttpStatusCode.Created).Object;
        foreach (var (name, property) in properties.Where(p => p.Value!["maxLength"] is not null))
            Assert.Equal((int)property!["maxLength"]!, ((string?)created[name])?.Length);
    }

    private async Task<JsonObject> ValidBodyAsync(ApiClient writer, string records)
    {
        using var specialist = await _api.NewUserAsync("specialist");
        object body = ApiFixtureHelpers.PetBody(specialist.UserId);
        if (records != "pets")
        {
            var pet = await ApiFixtureHelpers.CreateAsync(writer, "pets", body);
            body = records switch
            {
                "referrals" => ApiFixtureHelpers.ReferralBody(pet),
                "treatment-plans" => ApiFixtureHelpers.PlanBody(pet, await ApiFixtureHelpers.CreateAsync(writer, "referrals", ApiFixtureHelpers.ReferralBody(pet))),
                _ => ApiFixtureHelpers.InteractionBody(pet),
            };
        }
        return JsonSerializer.SerializeToNode(body, body.GetType(), ApiFixtureHelpers.Json)!.AsObject();
    }
}

using System.Net;
using System.Text.Json.Nodes;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Contract;

/// <summary>
/// A query parameter a route does not declare is refused with 400 naming it, on every GET route of the document; every
/// parameter the document declares is taken.
/// </summary>
[Collection("stack")]
public sealed class QueryParameterTests(StackFixture stack)
{
    private readonly ApiFixtureHelpers _api = new(stack);

    [Fact]
    public async Task A_mistyped_filter_is_refused_on_every_GET_route_instead_of_answering_the_unfiltered_list()
    {
        using var admin = await _api.AdminAsync();
        var routes = await GetRoutesAsync(admin);
        Assert.True(routes.Count >= 20, $"only {routes.Count} GET routes in the document");
        foreach (var (path, _) in routes)
        {
            var url = Concrete(path);
            var refused = (await admin.GetAsync($"{url}?stauts=received")).Expect(HttpStatusCode.BadRequest);
            Assert.Equal(["stauts"], refused.Body!["errors"]!.AsObject().Select(e => e.Key));
            Assert.Contains("not a query parameter", refused.ErrorsFor("stauts")[0]);
            Assert.Null(refused.Body["items"]);
        }
    }

    [Fact]
    public async Task Every_query_parameter_the_document_declares_is_taken_whatever_its_case()
    {
        using var admin = await _api.AdminAsync();
        foreach (var (path, parameters) in await GetRoutesAsync(admin))
        {
            foreach (var parameter in parameters)
            {
                var name = (string)parameter["name"]!;
                Assert.Equal(char.ToLowerInvariant(name[0]) + name[1..], name);
                foreach (var spelling in new[] { name, char.ToUpperInvariant(name[0]) + name[1..] })
                {
                    var response = await admin.GetAsync($"{Concrete(path)}?{spelling}={Uri.EscapeDataString(Sample(parameter))}");
                    Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}?{spelling}: {response.Text}");
                    Assert.DoesNotContain(response.ErrorsFor(spelling), message => message.Contains("not a query parameter"));
                }
            }
        }
    }

    [Fact]
    public async Task A_declared_filter_still_filters_and_an_unknown_one_next_to_it_is_still_refused()
    {
        using var coordinator = await _api.NewUserAsync("coordinator");
        using var specialist = await _api.NewUserAsync("specialist");
        var pet = await ApiFixtureHelpers.CreateAsync(coordinator, "pets", ApiFixtureHelpers.PetBody(specialist.UserId));
        await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet, "emergency"));
        await ApiFixtureHelpers.CreateAsync(coordinator, "referrals", ApiFixtureHelpers.ReferralBody(pet, "routine"));

        var filtered = (await coordinator.GetAsync($"/api/referrals?pet={pet}&priority=routine")).Expect(HttpStatusCode.OK).Object["items"]!.AsArray();
        Assert.Equal(["routine"], filtered.Select(r => (string?)r!["priority"]));
        var typo = (await coordinator.GetAsync($"/api/referrals?pet={pet}&priorty=routine&Include=pet")).Expect(HttpStatusCode.BadRequest);
        Assert.Equal(["priorty"], typo.Body!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("priority", typo.ErrorsFor("priorty")[0]);
    }

    [Fact]
    public async Task Anonymous_callers_are_told_to_sign_in_before_their_query_is_judged()
    {
        using var anonymous = _api.Anonymous();
        (await anonymous.GetAsync("/api/pets?stauts=x")).Expect(HttpStatusCode.Unauthorized);
    }

    private static async Task<List<(string Path, List<JsonObject> Parameters)>> GetRoutesAsync(ApiClient client)
    {
        var document = (await client.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK).Object;
        return [.. document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal) && p.Value!["get"] is not null)
            .Select(p => (p.Key, p.Value!["get"]!["parameters"]?.AsArray().Select(x => x!.AsObject()).Where(x => (string?)x["in"] == "query").ToList() ?? []))];
    }

    /// <summary>The path with its placeholders filled: ids that match no record (the parameter check comes first) and version numbers.</summary>
    private static string Concrete(string path) =>
        path.Replace("{id}", Guid.NewGuid().ToString()).Replace("{from}", "1").Replace("{to}", "2");

    private static string Sample(JsonObject parameter)
    {
        var schema = parameter["schema"]!;
        if (schema["enum"] is JsonArray values) return (string)values[0]!;
        return ((string?)schema["format"], schema["type"]?.ToString()) switch
        {
            ("uuid", _) => Guid.NewGuid().ToString(),
            ("date-time", _) => "2026-01-01T00:00:00Z",
            (_, "integer") => "5",
            (_, "boolean") => "true",
            _ => "x",
        };
    }
}

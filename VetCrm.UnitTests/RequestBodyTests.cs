using System.Text.Json.Nodes;
using VetCrm.Api.Common;
using VetCrm.Api.Pets;

namespace VetCrm.UnitTests;

public sealed class RequestBodyTests
{
    [Fact]
    public void A_valid_body_binds_to_the_request_record()
    {
        var id = Guid.NewGuid();
        var body = JsonNode.Parse($$"""{"petName": "Biscuit", "species": "canine", "medicalHistorySummary": "x", "ownerName": "A", "ownerPhone": "1", "assignedSpecialist": {"id": "{{id}}"}, "dateOfBirth": "2020-01-02"}""")!.AsObject();
        var (request, errors) = RequestBody.Bind<CreatePetRequest>(body);
        Assert.False(errors.Any);
        Assert.Equal("Biscuit", request!.PetName);
        Assert.Equal(id, request.AssignedSpecialist!.Id);
    }

    [Theory]
    [InlineData("petName", "5")]
    [InlineData("dateOfBirth", "\"yesterday\"")]
    [InlineData("dateOfBirth", "20260601")]
    [InlineData("assignedSpecialist", "\"not-a-reference\"")]
    [InlineData("assignedSpecialist", "{\"id\": 5}")]
    [InlineData("unknownField", "1")]
    public void Each_member_of_the_wrong_shape_is_named(string field, string json)
    {
        var body = new JsonObject { ["species"] = "canine", [field] = JsonNode.Parse(json) };
        var (request, errors) = RequestBody.Bind<CreatePetRequest>(body);
        Assert.Null(request);
        Assert.Equal([field], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Fields_the_server_manages_are_skipped_when_sent_back()
    {
        var body = new JsonObject { ["id"] = "x", ["createdAt"] = 1, ["allowedActions"] = new JsonArray(), ["petName"] = "Biscuit" };
        var (request, errors) = RequestBody.Bind<CreatePetRequest>(body);
        Assert.False(errors.Any);
        Assert.Equal("Biscuit", request!.PetName);
    }

    [Fact]
    public void A_patch_tells_an_absent_field_from_one_sent_as_null()
    {
        var (request, errors) = RequestBody.Bind<PatchPetRequest>(new JsonObject { ["version"] = 7, ["breed"] = null });
        Assert.False(errors.Any);
        Assert.Equal(7u, request!.Version);
        Assert.True(request.Breed.HasValue);
        Assert.Null(request.Breed.Value);
        Assert.False(request.PetName.HasValue);
    }

    [Fact]
    public void A_refused_member_is_named_with_its_reason()
    {
        var refused = new Dictionary<string, string> { ["status"] = "moves only through its own route." };
        var (_, errors) = RequestBody.Bind<PatchPetRequest>(new JsonObject { ["version"] = 1, ["status"] = "closed" }, refused);
        Assert.Equal(["moves only through its own route."], errors.ToDictionary()["status"]);
    }
}

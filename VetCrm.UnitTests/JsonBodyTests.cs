using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Common;

namespace VetCrm.UnitTests;

/// <summary>Hostile bodies are refused with a 400 naming the member, before anything binds or reaches the database.</summary>
public sealed class JsonBodyTests
{
    [Theory]
    [InlineData("""{"petName": "a\u0000b"}""", "petName")]
    [InlineData("""{"petName": "\ud800"}""", "petName")]
    [InlineData("""{"petName": "x\udc00"}""", "petName")]
    [InlineData("""{"pet": {"id": "\u0000"}}""", "pet.id")]
    [InlineData("""{"tags": ["ok", "\u0000"]}""", "tags[1]")]
    [InlineData("""{"\u0000": 1}""", "member 0")]
    [InlineData("""{"\ud800": 1}""", "body")]
    public async Task Text_that_cannot_be_stored_is_named(string json, string field)
    {
        var problem = await ReadAsync(Encoding.UTF8.GetBytes(json));
        Assert.Equal(400, problem!.StatusCode);
        var errors = (IDictionary<string, string[]>)problem.ProblemDetails.Extensions["errors"]!;
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public async Task A_member_given_twice_is_refused()
    {
        var problem = await ReadAsync("""{"petName": "a", "petName": "b"}"""u8.ToArray());
        Assert.Equal(400, problem!.StatusCode);
        Assert.Contains("petName", problem.ProblemDetails.Detail + string.Join(",", problem.ProblemDetails.Extensions.Values));
    }

    [Fact]
    public async Task Invalid_utf8_is_refused()
    {
        Assert.Equal(400, (await ReadAsync([(byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}']))!.StatusCode);
        Assert.Equal(400, (await ReadAsync([(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC0, 0xAF, (byte)'"', (byte)'}']))!.StatusCode);
    }

    [Fact]
    public async Task Emoji_and_accents_pass()
    {
        Assert.Null(await ReadAsync(Encoding.UTF8.GetBytes("""{"petName": "Zoë 🐕 \ud83d\udc08"}""")));
    }

    private static async Task<ProblemHttpResult?> ReadAsync(byte[] body)
    {
        var http = new DefaultHttpContext();
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(body);
        var (_, problem) = await JsonBody.ReadObjectAsync(http.Request, CancellationToken.None);
        return problem;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace VetCrm.Api.Common;

/// <summary>
/// Reads a request body as a JSON object ourselves, so that malformed JSON, a body that is not an object, or a
/// body over the size limit each get a ProblemDetails that says so (instead of a bare 400 from binding).
/// </summary>
public static class JsonBody
{
    public static async Task<(JsonObject? Body, ProblemHttpResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType() is false)
        {
            return (null, TypedResults.Problem("The body must be JSON (Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return node is JsonObject body
                ? (body, null)
                : (null, TypedResults.Problem("The body must be a JSON object.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid request"));
        }
        catch (JsonException exception)
        {
            return (null, MalformedJson(exception));
        }
    }

    public static ProblemHttpResult MalformedJson(JsonException exception) => TypedResults.Problem(
        $"The body is not valid JSON: {exception.Message}", statusCode: StatusCodes.Status400BadRequest, title: "Malformed JSON",
        extensions: new Dictionary<string, object?> { ["line"] = exception.LineNumber, ["position"] = exception.BytePositionInLine });
}

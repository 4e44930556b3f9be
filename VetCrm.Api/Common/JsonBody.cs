using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Commands;

namespace VetCrm.Api.Common;

/// <summary>
/// Reads a request body as a JSON object ourselves, so that malformed JSON, a body that is not an object, a body over
/// the size limit, a member given twice, or text PostgreSQL cannot store (NUL, a lone UTF-16 surrogate) each get a
/// validation problem that says so and names the member, or <c>body</c> for the body as a whole (instead of a bare 400
/// from binding, or a 500 from the database).
/// </summary>
public static class JsonBody
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    public static async Task<(JsonObject? Body, ProblemHttpResult? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType() is false)
        {
            return (null, TypedResults.Problem("The body must be JSON (Content-Type: application/json).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }
        var errors = new FieldErrors();
        JsonNode? node = null;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, documentOptions: DocumentOptions, cancellationToken: cancellationToken);
            if (node is JsonObject members) CheckText(members, "", errors);
        }
        catch (JsonException exception)
        {
            errors.Add("body", $"is not valid JSON: {exception.Message}");
            return (null, Invalid($"The body is not valid JSON: {exception.Message}", "Malformed JSON", errors,
                new() { ["line"] = exception.LineNumber, ["position"] = exception.BytePositionInLine }));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // Names are unescaped while checking for duplicates or on first access: invalid UTF-8 or a lone surrogate in one shows here.
            errors.Add("body", $"has a member name that is not valid text: {exception.Message}");
        }
        if (errors.Any) return (null, Invalid("The body has text that cannot be stored.", "Invalid request", errors));
        if (node is JsonObject body) return (body, null);
        errors.Add("body", "must be a JSON object.");
        return (null, Invalid("The body must be a JSON object.", "Invalid request", errors));
    }

    /// <summary>A 400 whose <c>errors</c> names what is wrong, as every 400 of the API does.</summary>
    private static ProblemHttpResult Invalid(string detail, string title, FieldErrors errors, Dictionary<string, object?>? extensions = null)
    {
        extensions ??= [];
        extensions["errors"] = errors.ToDictionary();
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: extensions);
    }

    /// <summary>Every member name and string value of the tree, checked with <see cref="StoredText"/>; errors are keyed by the member's path.</summary>
    private static void CheckText(JsonNode? node, string path, FieldErrors errors)
    {
        switch (node)
        {
            case JsonObject members:
                var index = 0;
                foreach (var (name, value) in members)
                {
                    var memberPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (StoredText.Problem(name) is { } nameProblem) errors.Add(path.Length == 0 ? $"member {index}" : $"{path} member {index}", $"name {nameProblem}");
                    else CheckText(value, memberPath, errors);
                    index++;
                }
                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++) CheckText(items[i], $"{path}[{i}]", errors);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                string text;
                try
                {
                    text = value.GetValue<string>();
                }
                catch (InvalidOperationException)
                {
                    // System.Text.Json refuses to unescape a lone surrogate such as "\ud800".
                    errors.Add(path, StoredText.InvalidUtf16);
                    break;
                }
                if (StoredText.Problem(text) is { } problem) errors.Add(path, problem);
                break;
        }
    }
}

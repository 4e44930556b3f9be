using Microsoft.AspNetCore.Http.HttpResults;

namespace VetCrm.Api.Common;

/// <summary>Field errors keyed by camelCase field name, as in the <c>errors</c> member of a validation ProblemDetails.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

/// <summary>The ProblemDetails answers the API gives (RFC 7807), so every handler words them alike.</summary>
public static class Problems
{
    public static ValidationProblem Validation(FieldErrors errors, string detail = "One or more fields are invalid.") =>
        TypedResults.ValidationProblem(errors.ToDictionary(), detail, title: "Invalid request");

    public static ValidationProblem Validation(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Validation(errors, message);
    }

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"{what} was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ProblemHttpResult Conflict(string detail, string? field = null)
    {
        var extensions = field is null ? null : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } };
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict", extensions: extensions);
    }

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
}

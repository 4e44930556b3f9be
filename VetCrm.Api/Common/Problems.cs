using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Commands;

namespace VetCrm.Api.Common;

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

    public static NotFoundProblem NotFound(VetCrm.Data.Records.RecordType type) => NotFound($"The {type.Name} was not found.");

    public static NotFoundProblem NotFound(string detail) => new(new Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        Title = "Not found", Detail = detail, Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    });

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

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Commands;

namespace VetCrm.Api.Common;

/// <summary>How a command's outcome answers over HTTP: the view as 200 or 201, a refusal as its ProblemDetails.</summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome)
        where T : class => outcome.Refusal switch
    {
        null => TypedResults.Ok(outcome.Value),
        { Kind: RefusalKind.NotFound } refusal => new NotFoundProblem(Problem(refusal, StatusCodes.Status404NotFound, "Not found")),
        { Kind: RefusalKind.Invalid } refusal => Problems.Validation(refusal.Errors!, refusal.Detail),
        { Kind: RefusalKind.Conflict } refusal => new ConflictProblem(Problem(refusal, StatusCodes.Status409Conflict, "Conflict")),
        { Kind: RefusalKind.TooLarge or RefusalKind.UnsupportedType } refusal => FileProblem(refusal),
        var refusal => TypedResults.Problem(refusal.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
    };

    public static Results<Created<T>, ValidationProblem, ConflictProblem, ProblemHttpResult> ToCreated<T>(this Outcome<T> outcome, Func<T, string> location)
        where T : class => outcome.Refusal switch
    {
        null => TypedResults.Created(location(outcome.Value!), outcome.Value),
        { Kind: RefusalKind.Invalid } refusal => Problems.Validation(refusal.Errors!, refusal.Detail),
        { Kind: RefusalKind.Conflict } refusal => new ConflictProblem(Problem(refusal, StatusCodes.Status409Conflict, "Conflict")),
        { Kind: RefusalKind.NotFound } refusal => TypedResults.Problem(refusal.Detail, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        { Kind: RefusalKind.TooLarge or RefusalKind.UnsupportedType } refusal => FileProblem(refusal),
        var refusal => TypedResults.Problem(refusal.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
    };

    /// <summary>An uploaded file refused for its size (413) or its type (415), naming the file's field.</summary>
    private static ProblemHttpResult FileProblem(Refusal refusal) => TypedResults.Problem(refusal.Kind == RefusalKind.TooLarge
        ? Problem(refusal, StatusCodes.Status413PayloadTooLarge, "Payload too large")
        : Problem(refusal, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type"));

    private static ProblemDetails Problem(Refusal refusal, int status, string title)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = refusal.Detail, Type = $"https://tools.ietf.org/html/rfc9110#section-15.5.{status switch { 404 => 5, 413 => 14, 415 => 16, _ => 10 }}" };
        if (refusal.Errors is { Any: true } errors) problem.Extensions["errors"] = errors.ToDictionary();
        foreach (var (name, value) in refusal.Extensions ?? new Dictionary<string, object?>()) problem.Extensions[name] = value;
        return problem;
    }
}

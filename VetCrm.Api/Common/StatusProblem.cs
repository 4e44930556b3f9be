using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace VetCrm.Api.Common;

/// <summary>
/// A ProblemDetails answer of one status, sent and documented as application/problem+json like every other refusal
/// (TypedResults.NotFound and Conflict with a ProblemDetails send it, and document it, as plain application/json).
/// </summary>
public abstract class StatusProblem : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    private readonly ProblemHttpResult _result;

    protected StatusProblem(ProblemDetails problem, int status)
    {
        problem.Status = status;
        _result = TypedResults.Problem(problem);
    }

    public ProblemDetails Value => _result.ProblemDetails;

    object? IValueHttpResult.Value => Value;

    public int StatusCode => _result.StatusCode;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => _result.ExecuteAsync(httpContext);

    protected static void Document(EndpointBuilder builder, int status) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}

/// <summary>404: no such record within the caller's reach.</summary>
public sealed class NotFoundProblem(ProblemDetails problem) : StatusProblem(problem, StatusCodes.Status404NotFound), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Document(builder, StatusCodes.Status404NotFound);
}

/// <summary>409: the change was decided on a stale version, or clashes with another record.</summary>
public sealed class ConflictProblem(ProblemDetails problem) : StatusProblem(problem, StatusCodes.Status409Conflict), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Document(builder, StatusCodes.Status409Conflict);
}

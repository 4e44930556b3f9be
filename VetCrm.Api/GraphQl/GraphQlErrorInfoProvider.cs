using GraphQL;
using GraphQL.Execution;

namespace VetCrm.Api.GraphQl;

/// <summary>
/// Errors carry <c>extensions.code</c>, for refused input <c>extensions.fieldErrors</c> keyed like a REST ValidationProblem's
/// <c>errors</c>, and whatever else the refusal tells (as a REST ProblemDetails' extensions).
/// </summary>
public sealed class GraphQlErrorInfoProvider() : ErrorInfoProvider(options =>
{
    options.ExposeCode = true;
    options.ExposeCodes = false;
    options.ExposeData = false;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is GraphQlRefusal refusal) executionError.Code = GraphQlRefusal.CodeOf(refusal.Kind);
        var info = base.GetInfo(executionError);
        if (executionError is not GraphQlRefusal refused) return info;
        info.Extensions ??= new Dictionary<string, object?>();
        if (refused.FieldErrors is { Any: true } errors) info.Extensions["fieldErrors"] = errors.ToDictionary();
        // What a REST ProblemDetails adds (e.g. the booking in the way) is the same over GraphQL.
        foreach (var (name, value) in refused.ProblemExtensions ?? new Dictionary<string, object?>()) info.Extensions[name] = value;
        return info;
    }
}

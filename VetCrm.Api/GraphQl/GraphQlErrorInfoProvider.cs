using GraphQL;
using GraphQL.Execution;

namespace VetCrm.Api.GraphQl;

/// <summary>Errors carry <c>extensions.code</c>, and for refused input <c>extensions.fieldErrors</c> keyed like a REST ValidationProblem's <c>errors</c>.</summary>
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
        if (executionError is GraphQlRefusal { FieldErrors: { Any: true } errors })
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["fieldErrors"] = errors.ToDictionary();
        }
        return info;
    }
}

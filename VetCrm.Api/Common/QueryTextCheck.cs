using Microsoft.AspNetCore.Http.HttpResults;
using VetCrm.Api.Commands;

namespace VetCrm.Api.Common;

/// <summary>
/// Refuses a request whose path or query has text PostgreSQL cannot store or compare (see <see cref="StoredText"/>)
/// with a 400 naming the parameter, before any filter or lookup reaches the database.
/// </summary>
public static class QueryTextCheck
{
    public static IApplicationBuilder UseQueryTextCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Problems(context.Request) is { Any: true } errors)
        {
            await Common.Problems.Validation(errors, "A parameter has text that cannot be stored or searched for.").ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    private static FieldErrors Problems(HttpRequest request)
    {
        var errors = new FieldErrors();
        if (StoredText.Problem(request.Path.Value ?? "") is { } pathProblem) errors.Add("path", pathProblem);
        var index = 0;
        foreach (var (name, values) in request.Query)
        {
            if (StoredText.Problem(name) is { } nameProblem) errors.Add($"query parameter {index}", $"name {nameProblem}");
            else if (values.Select(v => StoredText.Problem(v ?? "")).FirstOrDefault(p => p is not null) is { } valueProblem) errors.Add(name, valueProblem);
            index++;
        }
        return errors;
    }
}

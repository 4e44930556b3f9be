using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Access;
using VetCrm.Api.Auth;
using VetCrm.Api.Commands;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Common;

/// <summary>
/// The HTTP half every record route shares: read the JSON body into the command's request record (415/400 when it
/// cannot be read), run the command or query with the signed-in caller, and answer its outcome with typed results.
/// </summary>
public static class CommandRoutes
{
    public static async Task<Results<Created<TView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync<TRequest, TView>(
        HttpRequest request, Func<Actor, TRequest, CancellationToken, Task<Outcome<TView>>> command, string collection, CancellationToken cancellationToken)
        where TRequest : class where TView : RecordRef
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<TRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        var outcome = await command(request.HttpContext.Actor(), body!, cancellationToken);
        return outcome.ToCreated(view => $"{collection}/{view.Id}");
    }

    /// <param name="refused">Members this route does not take, with the reason.</param>
    public static async Task<Results<Ok<TView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ChangeAsync<TRequest, TView>(
        HttpRequest request, Func<Actor, TRequest, CancellationToken, Task<Outcome<TView>>> command, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? refused = null)
        where TRequest : class where TView : class
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<TRequest>(request, cancellationToken, refused);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        return (await command(request.HttpContext.Actor(), body!, cancellationToken)).ToOk();
    }

    public static Results<Ok<Page<TView>>, ValidationProblem> Page<TView>((Page<TView>? Page, FieldErrors Errors) result) =>
        result.Page is null ? Problems.Validation(result.Errors) : TypedResults.Ok(result.Page);

    /// <summary>One record by id with the includes asked for; a person's read is audited by the query, a live refresh is not.</summary>
    public static async Task<Results<Ok<TView>, NotFoundProblem, ValidationProblem>> GetAsync<TView>(HttpContext http, RecordType type, string? include,
        IReadOnlyCollection<string> includable, Func<Actor, IReadOnlySet<string>, bool, CancellationToken, Task<TView?>> query, CancellationToken cancellationToken)
        where TView : class
    {
        var errors = new FieldErrors();
        var includes = Includes.Parse(include, includable, errors);
        if (errors.Any) return Problems.Validation(errors);
        var view = await query(http.Actor(), includes, http.Request.IsPersonalRead(), cancellationToken);
        return view is null ? Problems.NotFound(type) : TypedResults.Ok(view);
    }

    /// <summary>Maps <c>GET {id}/status-history</c> for a record type, over the records the caller can see.</summary>
    public static void MapStatusHistory<TEntity>(this RouteGroupBuilder group, RecordType type, Func<CaseAccess, Actor, IQueryable<TEntity>> visible)
        where TEntity : ClinicalRecord =>
        group.MapGet("/{id:guid}/status-history", async Task<Results<Ok<Page<StatusChangeView>>, NotFoundProblem>> (
            Guid id, VetCrmDbContext db, CaseAccess access, HttpContext http, CancellationToken cancellationToken) =>
            await StatusHistoryQuery.ReadAsync(db, type, visible(access, http.Actor()), id, cancellationToken) is { } page
                ? TypedResults.Ok(page) : Problems.NotFound(type))
            .WithSummary(type.Status is null ? $"Status changes (a {type.Name} has none)" : "Status changes with who, when and why");
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Access;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Records;

namespace VetCrm.Api.Interactions;

/// <summary>REST for interaction logs: each route reads its request, calls a query or command with the caller, and maps the outcome.</summary>
public static class InteractionApi
{
    public static IEndpointRouteBuilder MapInteractionApi(this IEndpointRouteBuilder routes)
    {
        var interactions = routes.MapGroup("/api/interactions").WithTags("Interactions").RequireAuthorization(Policies.Staff);
        interactions.MapGet("/", ListAsync).WithSummary("Interaction logs; ?pet={id} gives one pet's timeline");
        interactions.MapGet("/{id:guid}", GetAsync).WithSummary("Get one interaction log (audited as a case read)");
        interactions.MapPost("/", CreateAsync).WithSummary("Log an interaction").Accepts<CreateInteractionRequest>("application/json");
        interactions.MapPatch("/{id:guid}", PatchAsync).WithSummary("Update fields of an interaction log; `version` is required (409 when stale)").Accepts<PatchInteractionRequest>("application/json");
        interactions.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive an interaction log (admin)");
        interactions.MapGet("/{id:guid}/status-history", StatusHistoryAsync).WithSummary("Status changes with who, when and why (logs have none)");
        return routes;
    }

    private static async Task<Results<Ok<Page<InteractionView>>, ValidationProblem>> ListAsync(
        [AsParameters] InteractionListRequest request, InteractionQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var (page, errors) = await queries.ListAsync(http.Actor(), request, cancellationToken);
        return page is null ? Problems.Validation(errors) : TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<InteractionView>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(
        Guid id, string? include, InteractionQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Commands.FieldErrors();
        var includes = Includes.Parse(include, InteractionView.Includable, errors);
        if (errors.Any) return Problems.Validation(errors);
        var view = await queries.GetAsync(http.Actor(), id, includes, http.Request.IsPersonalRead(), cancellationToken);
        return view is null ? Problems.NotFound(RecordTypes.InteractionLog) : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<InteractionView>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, InteractionCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<CreateInteractionRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        var outcome = await commands.CreateAsync(request.HttpContext.Actor(), body!, cancellationToken);
        return outcome.ToCreated(log => $"/api/interactions/{log.Id}");
    }

    private static async Task<Results<Ok<InteractionView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, InteractionCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<PatchInteractionRequest>(request, cancellationToken, PatchInteractionRequest.Refused);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        return (await commands.PatchAsync(request.HttpContext.Actor(), id, body!, cancellationToken)).ToOk();
    }

    private static async Task<Results<Ok<InteractionView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> ArchiveAsync(
        Guid id, InteractionCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<Ok<Page<StatusChangeView>>, NotFound<ProblemDetails>>> StatusHistoryAsync(
        Guid id, VetCrmDbContext db, CaseAccess access, HttpContext http, CancellationToken cancellationToken) =>
        await StatusHistoryQuery.ReadAsync(db, RecordTypes.InteractionLog, access.InteractionLogs(http.Actor()), id, cancellationToken) is { } page
            ? TypedResults.Ok(page) : Problems.NotFound(RecordTypes.InteractionLog);
}

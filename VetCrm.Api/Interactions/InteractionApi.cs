using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Data.Records;

namespace VetCrm.Api.Interactions;

/// <summary>REST for interaction logs: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
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
        interactions.MapStatusHistory(RecordTypes.InteractionLog, (access, actor) => access.InteractionLogs(actor));
        return routes;
    }

    private static async Task<Results<Ok<Page<InteractionView>>, ValidationProblem>> ListAsync(
        [AsParameters] InteractionListRequest request, InteractionQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static Task<Results<Ok<InteractionView>, NotFoundProblem, ValidationProblem>> GetAsync(
        Guid id, string? include, InteractionQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.GetAsync(http, RecordTypes.InteractionLog, include, InteractionView.Includable,
            (actor, includes, personalRead, token) => queries.GetAsync(actor, id, includes, personalRead, token), cancellationToken);

    private static Task<Results<Created<InteractionView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, InteractionCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateInteractionRequest, InteractionView>(request, commands.CreateAsync, "/api/interactions", cancellationToken);

    private static Task<Results<Ok<InteractionView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, InteractionCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchInteractionRequest, InteractionView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token),
            cancellationToken, PatchInteractionRequest.Refused);

    private static async Task<Results<Ok<InteractionView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveAsync(
        Guid id, InteractionCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();
}

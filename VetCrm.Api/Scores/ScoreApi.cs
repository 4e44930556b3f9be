using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Data.Records;

namespace VetCrm.Api.Scores;

/// <summary>REST for scores: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
public static class ScoreApi
{
    public static IEndpointRouteBuilder MapScoreApi(this IEndpointRouteBuilder routes)
    {
        var scores = routes.MapGroup("/api/scores").WithTags("Scores").RequireAuthorization(Policies.Staff);
        scores.MapGet("/", ListAsync).WithSummary("Scores, oldest first; ?pet={id}&scoreType={id} gives one trend, from/to bound scoreDate");
        scores.MapGet("/{id:guid}", GetAsync).WithSummary("Get one score (audited as a case read)");
        scores.MapPost("/", RecordAsync).WithSummary("Record a score on a pet's case; one that crosses its type's threshold raises a task for the pet's specialist")
            .Accepts<CreateScoreRequest>("application/json");
        scores.MapPatch("/{id:guid}", PatchAsync).WithSummary("Correct a score within the correction window; `version` is required (409 when stale or too late)")
            .Accepts<PatchScoreRequest>("application/json");
        scores.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive a score (admin)");
        return routes;
    }

    private static async Task<Results<Ok<Page<ScoreView>>, ValidationProblem>> ListAsync(
        [AsParameters] ScoreListRequest request, ScoreQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static Task<Results<Ok<ScoreView>, NotFoundProblem, ValidationProblem>> GetAsync(
        Guid id, string? include, ScoreQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.GetAsync(http, RecordTypes.ClinicalScore, include, ScoreView.Includable,
            (actor, includes, personalRead, token) => queries.GetAsync(actor, id, includes, personalRead, token), cancellationToken);

    private static Task<Results<Created<ScoreView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> RecordAsync(
        HttpRequest request, ScoreCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateScoreRequest, ScoreView>(request, commands.RecordAsync, "/api/scores", cancellationToken);

    private static Task<Results<Ok<ScoreView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, ScoreCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchScoreRequest, ScoreView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token),
            cancellationToken, PatchScoreRequest.Refused);

    private static async Task<Results<Ok<ScoreView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveAsync(
        Guid id, ScoreCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();
}

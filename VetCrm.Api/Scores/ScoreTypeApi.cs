using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;

namespace VetCrm.Api.Scores;

/// <summary>REST for score types: every member of staff reads them, admins add and change them.</summary>
public static class ScoreTypeApi
{
    public static IEndpointRouteBuilder MapScoreTypeApi(this IEndpointRouteBuilder routes)
    {
        var types = routes.MapGroup("/api/score-types").WithTags("Scores").RequireAuthorization(Policies.Staff);
        types.MapGet("/", ListAsync).WithSummary("Score types by name; ?active=true gives those that take new scores");
        types.MapGet("/{id:guid}", GetAsync).WithSummary("Get one score type");
        types.MapPost("/", CreateAsync).WithSummary("Add a score type (admin): numeric with min, max and step, or categorical with its categories")
            .Accepts<CreateScoreTypeRequest>("application/json");
        types.MapPatch("/{id:guid}", PatchAsync).WithSummary("Change a score type (admin); `active: false` deactivates it. A type in use keeps its kind and what its scores need (409)")
            .Accepts<PatchScoreTypeRequest>("application/json");
        return routes;
    }

    private static async Task<Results<Ok<Page<ScoreTypeView>>, ValidationProblem>> ListAsync(
        [AsParameters] ScoreTypeListRequest request, ScoreTypeQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static async Task<Results<Ok<ScoreTypeView>, NotFoundProblem>> GetAsync(
        Guid id, ScoreTypeQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        await queries.GetAsync(http.Actor(), id, cancellationToken) is { } view ? TypedResults.Ok(view) : Problems.NotFound("The score type was not found.");

    private static Task<Results<Created<ScoreTypeView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, ScoreTypeCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateScoreTypeRequest, ScoreTypeView>(request, commands.CreateAsync, "/api/score-types", cancellationToken);

    private static Task<Results<Ok<ScoreTypeView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, ScoreTypeCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchScoreTypeRequest, ScoreTypeView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token),
            cancellationToken, PatchScoreTypeRequest.Refused);
}

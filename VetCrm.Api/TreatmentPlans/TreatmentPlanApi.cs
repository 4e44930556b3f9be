using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Records;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>REST for treatment plans: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
public static class TreatmentPlanApi
{
    public static IEndpointRouteBuilder MapTreatmentPlanApi(this IEndpointRouteBuilder routes)
    {
        var plans = routes.MapGroup("/api/treatment-plans").WithTags("Treatment plans").RequireAuthorization(Policies.Staff);
        plans.MapGet("/", ListAsync).WithSummary("Treatment plans; review=overdue or review=dueSoon for the review lists");
        plans.MapGet("/{id:guid}", GetAsync).WithSummary("Get one treatment plan (audited as a case read)");
        plans.MapPost("/", CreateAsync).WithSummary("Write a treatment plan").Accepts<CreateTreatmentPlanRequest>("application/json");
        plans.MapPatch("/{id:guid}", PatchAsync).WithSummary("Revise a plan; `version` is required (409 when stale); the previous version is kept").Accepts<PatchTreatmentPlanRequest>("application/json");
        plans.MapPost("/{id:guid}/status", ChangeStatusAsync).WithSummary("Move the plan to another status with a reason").AcceptsStatusChange(RecordTypes.TreatmentPlan);
        plans.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive a treatment plan (admin)");
        plans.MapStatusHistory(RecordTypes.TreatmentPlan, (access, actor) => access.TreatmentPlans(actor));
        plans.MapGet("/{id:guid}/versions", VersionsAsync).WithSummary("Every saved version of the plan, oldest first");
        plans.MapGet("/{id:guid}/versions/{from:int}/diff/{to:int}", DiffAsync).WithSummary("Compare two versions of the plan field by field");
        return routes;
    }

    private static async Task<Results<Ok<Page<TreatmentPlanView>>, ValidationProblem>> ListAsync(
        [AsParameters] TreatmentPlanListRequest request, TreatmentPlanQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static Task<Results<Ok<TreatmentPlanView>, NotFoundProblem, ValidationProblem>> GetAsync(
        Guid id, string? include, TreatmentPlanQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.GetAsync(http, RecordTypes.TreatmentPlan, include, TreatmentPlanView.Includable,
            (actor, includes, personalRead, token) => queries.GetAsync(actor, id, includes, personalRead, token), cancellationToken);

    private static Task<Results<Created<TreatmentPlanView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, TreatmentPlanCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateTreatmentPlanRequest, TreatmentPlanView>(request, commands.CreateAsync, "/api/treatment-plans", cancellationToken);

    private static Task<Results<Ok<TreatmentPlanView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, TreatmentPlanCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchTreatmentPlanRequest, TreatmentPlanView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token),
            cancellationToken, PatchTreatmentPlanRequest.Refused);

    private static Task<Results<Ok<TreatmentPlanView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, HttpRequest request, TreatmentPlanCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<StatusChangeRequest, TreatmentPlanView>(request, (actor, body, token) => commands.ChangeStatusAsync(actor, id, body, token), cancellationToken);

    private static async Task<Results<Ok<TreatmentPlanView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveAsync(
        Guid id, TreatmentPlanCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<Ok<Page<TreatmentPlanVersionView>>, NotFoundProblem>> VersionsAsync(
        Guid id, TreatmentPlanQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        await queries.VersionsAsync(http.Actor(), id, cancellationToken) is { } page ? TypedResults.Ok(page) : Problems.NotFound(RecordTypes.TreatmentPlan);

    private static async Task<Results<Ok<TreatmentPlanVersionDiff>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> DiffAsync(
        Guid id, int from, int to, TreatmentPlanQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        (await queries.DiffAsync(http.Actor(), id, from, to, cancellationToken)).ToOk();
}

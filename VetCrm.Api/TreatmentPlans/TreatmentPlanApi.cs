using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Access;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Records;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>REST for treatment plans: each route reads its request, calls a query or command with the caller, and maps the outcome.</summary>
public static class TreatmentPlanApi
{
    public static IEndpointRouteBuilder MapTreatmentPlanApi(this IEndpointRouteBuilder routes)
    {
        var plans = routes.MapGroup("/api/treatment-plans").WithTags("Treatment plans").RequireAuthorization(Policies.Staff);
        plans.MapGet("/", ListAsync).WithSummary("Treatment plans");
        plans.MapGet("/{id:guid}", GetAsync).WithSummary("Get one treatment plan (audited as a case read)");
        plans.MapPost("/", CreateAsync).WithSummary("Write a treatment plan").Accepts<CreateTreatmentPlanRequest>("application/json");
        plans.MapPatch("/{id:guid}", PatchAsync).WithSummary("Revise a plan; `version` is required (409 when stale); the previous version is kept").Accepts<PatchTreatmentPlanRequest>("application/json");
        plans.MapPost("/{id:guid}/status", ChangeStatusAsync).WithSummary("Move the plan to another status with a reason").Accepts<StatusChangeRequest>("application/json");
        plans.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive a treatment plan (admin)");
        plans.MapGet("/{id:guid}/status-history", StatusHistoryAsync).WithSummary("Status changes with who, when and why");
        plans.MapGet("/{id:guid}/versions", VersionsAsync).WithSummary("Every saved version of the plan, oldest first");
        plans.MapGet("/{id:guid}/versions/{from:int}/diff/{to:int}", DiffAsync).WithSummary("Compare two versions of the plan field by field");
        return routes;
    }

    private static async Task<Results<Ok<Page<TreatmentPlanView>>, ValidationProblem>> ListAsync(
        [AsParameters] TreatmentPlanListRequest request, TreatmentPlanQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var (page, errors) = await queries.ListAsync(http.Actor(), request, cancellationToken);
        return page is null ? Problems.Validation(errors) : TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<TreatmentPlanView>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(
        Guid id, string? include, TreatmentPlanQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Commands.FieldErrors();
        var includes = Includes.Parse(include, TreatmentPlanView.Includable, errors);
        if (errors.Any) return Problems.Validation(errors);
        var view = await queries.GetAsync(http.Actor(), id, includes, http.Request.IsPersonalRead(), cancellationToken);
        return view is null ? Problems.NotFound(RecordTypes.TreatmentPlan) : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<TreatmentPlanView>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, TreatmentPlanCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<CreateTreatmentPlanRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        var outcome = await commands.CreateAsync(request.HttpContext.Actor(), body!, cancellationToken);
        return outcome.ToCreated(plan => $"/api/treatment-plans/{plan.Id}");
    }

    private static async Task<Results<Ok<TreatmentPlanView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, TreatmentPlanCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<PatchTreatmentPlanRequest>(request, cancellationToken, PatchTreatmentPlanRequest.Refused);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        return (await commands.PatchAsync(request.HttpContext.Actor(), id, body!, cancellationToken)).ToOk();
    }

    private static async Task<Results<Ok<TreatmentPlanView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, HttpRequest request, TreatmentPlanCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<StatusChangeRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        return (await commands.ChangeStatusAsync(request.HttpContext.Actor(), id, body!, cancellationToken)).ToOk();
    }

    private static async Task<Results<Ok<TreatmentPlanView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> ArchiveAsync(
        Guid id, TreatmentPlanCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<Ok<Page<StatusChangeView>>, NotFound<ProblemDetails>>> StatusHistoryAsync(
        Guid id, VetCrmDbContext db, CaseAccess access, HttpContext http, CancellationToken cancellationToken) =>
        await StatusHistoryQuery.ReadAsync(db, RecordTypes.TreatmentPlan, access.TreatmentPlans(http.Actor()), id, cancellationToken) is { } page
            ? TypedResults.Ok(page) : Problems.NotFound(RecordTypes.TreatmentPlan);

    private static async Task<Results<Ok<Page<TreatmentPlanVersionView>>, NotFound<ProblemDetails>>> VersionsAsync(
        Guid id, TreatmentPlanQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        await queries.VersionsAsync(http.Actor(), id, cancellationToken) is { } page ? TypedResults.Ok(page) : Problems.NotFound(RecordTypes.TreatmentPlan);

    private static async Task<Results<Ok<TreatmentPlanVersionDiff>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> DiffAsync(
        Guid id, int from, int to, TreatmentPlanQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        (await queries.DiffAsync(http.Actor(), id, from, to, cancellationToken)).ToOk();
}

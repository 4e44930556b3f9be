using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Access;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Records;

namespace VetCrm.Api.Referrals;

/// <summary>REST for referrals: each route reads its request, calls a query or command with the caller, and maps the outcome.</summary>
public static class ReferralApi
{
    public static IEndpointRouteBuilder MapReferralApi(this IEndpointRouteBuilder routes)
    {
        var referrals = routes.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization(Policies.Staff);
        referrals.MapGet("/", ListAsync).WithSummary("Referrals, e.g. ?include=pet,receivedBy&order=-receivedAt");
        referrals.MapGet("/queue", QueueAsync).WithSummary("The triage queue: open referrals, emergency first, then oldest first, with pet and receivedBy");
        referrals.MapGet("/{id:guid}", GetAsync).WithSummary("Get one referral (audited as a case read)");
        referrals.MapPost("/", CreateAsync).WithSummary("Record a referral; the number is generated when not given").Accepts<CreateReferralRequest>("application/json");
        referrals.MapPatch("/{id:guid}", PatchAsync).WithSummary("Update fields of a referral; `version` is required (409 when stale)").Accepts<PatchReferralRequest>("application/json");
        referrals.MapPost("/{id:guid}/status", ChangeStatusAsync).WithSummary("Move the referral to another status with a reason").Accepts<StatusChangeRequest>("application/json");
        referrals.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive a referral (admin)");
        referrals.MapGet("/{id:guid}/status-history", StatusHistoryAsync).WithSummary("Status changes with who, when and why");
        return routes;
    }

    private static async Task<Results<Ok<Page<ReferralView>>, ValidationProblem>> ListAsync(
        [AsParameters] ReferralListRequest request, ReferralQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var (page, errors) = await queries.ListAsync(http.Actor(), request, cancellationToken);
        return page is null ? Problems.Validation(errors) : TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<Page<ReferralView>>, ValidationProblem>> QueueAsync(
        [AsParameters] QueueRequest request, ReferralQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var (page, errors) = await queries.QueueAsync(http.Actor(), request, cancellationToken);
        return page is null ? Problems.Validation(errors) : TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<ReferralView>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(
        Guid id, string? include, ReferralQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Commands.FieldErrors();
        var includes = Includes.Parse(include, ReferralView.Includable, errors);
        if (errors.Any) return Problems.Validation(errors);
        var view = await queries.GetAsync(http.Actor(), id, includes, http.Request.IsPersonalRead(), cancellationToken);
        return view is null ? Problems.NotFound(RecordTypes.Referral) : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<ReferralView>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, ReferralCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<CreateReferralRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        var outcome = await commands.CreateAsync(request.HttpContext.Actor(), body!, cancellationToken);
        return outcome.ToCreated(referral => $"/api/referrals/{referral.Id}");
    }

    private static async Task<Results<Ok<ReferralView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, ReferralCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<PatchReferralRequest>(request, cancellationToken, PatchReferralRequest.Refused);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        return (await commands.PatchAsync(request.HttpContext.Actor(), id, body!, cancellationToken)).ToOk();
    }

    private static async Task<Results<Ok<ReferralView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, HttpRequest request, ReferralCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<StatusChangeRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        return (await commands.ChangeStatusAsync(request.HttpContext.Actor(), id, body!, cancellationToken)).ToOk();
    }

    private static async Task<Results<Ok<ReferralView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> ArchiveAsync(
        Guid id, ReferralCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<Ok<Page<StatusChangeView>>, NotFound<ProblemDetails>>> StatusHistoryAsync(
        Guid id, VetCrmDbContext db, CaseAccess access, HttpContext http, CancellationToken cancellationToken) =>
        await StatusHistoryQuery.ReadAsync(db, RecordTypes.Referral, access.Referrals(http.Actor()), id, cancellationToken) is { } page
            ? TypedResults.Ok(page) : Problems.NotFound(RecordTypes.Referral);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Records;

namespace VetCrm.Api.Referrals;

/// <summary>REST for referrals: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
public static class ReferralApi
{
    public static IEndpointRouteBuilder MapReferralApi(this IEndpointRouteBuilder routes)
    {
        var referrals = routes.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization(Policies.Staff);
        referrals.MapGet("/", ListAsync).WithSummary("Referrals, e.g. ?include=pet,receivedBy&order=-receivedAt");
        referrals.MapGet("/queue", QueueAsync).WithSummary("The triage queue: open referrals, emergency first, then oldest first, with pet and receivedBy");
        referrals.MapGet("/queue/counts", QueueCountsAsync).WithSummary("How many referrals wait in the triage queue, per priority and in all");
        referrals.MapGet("/{id:guid}", GetAsync).WithSummary("Get one referral (audited as a case read)");
        referrals.MapPost("/", CreateAsync).WithSummary("Record a referral; the number is generated when not given").Accepts<CreateReferralRequest>("application/json");
        referrals.MapPatch("/{id:guid}", PatchAsync).WithSummary("Update fields of a referral; `version` is required (409 when stale)").Accepts<PatchReferralRequest>("application/json");
        referrals.MapPost("/{id:guid}/status", ChangeStatusAsync).WithSummary("Move the referral to another status with a reason").AcceptsStatusChange(RecordTypes.Referral);
        referrals.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive a referral (admin)");
        referrals.MapStatusHistory(RecordTypes.Referral, (access, actor) => access.Referrals(actor));
        return routes;
    }

    private static async Task<Results<Ok<Page<ReferralView>>, ValidationProblem>> ListAsync(
        [AsParameters] ReferralListRequest request, ReferralQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static async Task<Results<Ok<Page<ReferralView>>, ValidationProblem>> QueueAsync(
        [AsParameters] QueueRequest request, ReferralQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.QueueAsync(http.Actor(), request, cancellationToken));

    private static async Task<Ok<QueueCountsView>> QueueCountsAsync(ReferralQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.QueueCountsAsync(http.Actor(), cancellationToken));

    private static Task<Results<Ok<ReferralView>, NotFoundProblem, ValidationProblem>> GetAsync(
        Guid id, string? include, ReferralQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.GetAsync(http, RecordTypes.Referral, include, ReferralView.Includable,
            (actor, includes, personalRead, token) => queries.GetAsync(actor, id, includes, personalRead, token), cancellationToken);

    private static Task<Results<Created<ReferralView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, ReferralCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateReferralRequest, ReferralView>(request, commands.CreateAsync, "/api/referrals", cancellationToken);

    private static Task<Results<Ok<ReferralView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, ReferralCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchReferralRequest, ReferralView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token),
            cancellationToken, PatchReferralRequest.Refused);

    private static Task<Results<Ok<ReferralView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, HttpRequest request, ReferralCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<StatusChangeRequest, ReferralView>(request, (actor, body, token) => commands.ChangeStatusAsync(actor, id, body, token), cancellationToken);

    private static async Task<Results<Ok<ReferralView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveAsync(
        Guid id, ReferralCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();
}

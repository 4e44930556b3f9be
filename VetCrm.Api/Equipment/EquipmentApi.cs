using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Records;

namespace VetCrm.Api.Equipment;

/// <summary>REST for equipment items and loans: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
public static class EquipmentApi
{
    public static IEndpointRouteBuilder MapEquipmentApi(this IEndpointRouteBuilder routes)
    {
        var items = routes.MapGroup("/api/equipment-items").WithTags("Equipment").RequireAuthorization(Policies.Staff);
        items.MapGet("/", ListItemsAsync).WithSummary("Lendable equipment by name; ?availability=available finds a free one, ?q= searches name and serial number");
        items.MapGet("/{id:guid}", GetItemAsync).WithSummary("Get one equipment item, with the loan holding it if any");
        items.MapPost("/", CreateItemAsync).WithSummary("Add an item (admin, coordinator); 409 on a serial number already taken")
            .Accepts<CreateEquipmentItemRequest>("application/json");
        items.MapPatch("/{id:guid}", PatchItemAsync).WithSummary("Edit an item, or retire it with active=false; `version` is required (409 when stale)")
            .Accepts<PatchEquipmentItemRequest>("application/json");
        items.MapPost("/{id:guid}/archive", ArchiveItemAsync).WithSummary("Archive an item that is not out (admin)");

        var loans = routes.MapGroup("/api/equipment-loans").WithTags("Equipment").RequireAuthorization(Policies.Staff);
        loans.MapGet("/", ListLoansAsync).WithSummary("Loans, latest first; ?status=checkedOut&order=dueBackAt is what is out, ?overdue=true what is late");
        loans.MapGet("/{id:guid}", GetLoanAsync).WithSummary("Get one loan (audited as a case read)");
        loans.MapPost("/", LendAsync).WithSummary("Lend an item to a pet; 409 naming the loan that holds it when it is out or in maintenance")
            .Accepts<LendEquipmentRequest>("application/json");
        loans.MapPatch("/{id:guid}", PatchLoanAsync).WithSummary("Change dueBackAt, notes or referral of a loan still out; `version` is required (409 when stale)")
            .Accepts<PatchEquipmentLoanRequest>("application/json");
        loans.MapPost("/{id:guid}/status", ChangeLoanStatusAsync).WithSummary("Take the item back: returned, or maintenance; `version` is required (409 when stale)")
            .Accepts<LoanStatusRequest>("application/json");
        loans.MapPost("/{id:guid}/archive", ArchiveLoanAsync).WithSummary("Archive a loan (admin); an archived loan no longer holds its item");
        loans.MapGet("/{id:guid}/status-history", LoanHistoryAsync).WithSummary("Status changes with who, when and why");
        return routes;
    }

    private static async Task<Results<Ok<Page<EquipmentItemView>>, ValidationProblem>> ListItemsAsync(
        [AsParameters] EquipmentItemListRequest request, EquipmentItemQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static async Task<Results<Ok<EquipmentItemView>, NotFoundProblem>> GetItemAsync(
        Guid id, EquipmentItemQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        await queries.GetAsync(http.Actor(), id, cancellationToken) is { } view ? TypedResults.Ok(view) : Problems.NotFound(RecordTypes.EquipmentItem);

    private static Task<Results<Created<EquipmentItemView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateItemAsync(
        HttpRequest request, EquipmentItemCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreateEquipmentItemRequest, EquipmentItemView>(request, commands.CreateAsync, "/api/equipment-items", cancellationToken);

    private static Task<Results<Ok<EquipmentItemView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchItemAsync(
        Guid id, HttpRequest request, EquipmentItemCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchEquipmentItemRequest, EquipmentItemView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token), cancellationToken);

    private static async Task<Results<Ok<EquipmentItemView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveItemAsync(
        Guid id, EquipmentItemCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<Ok<Page<EquipmentLoanView>>, ValidationProblem>> ListLoansAsync(
        [AsParameters] EquipmentLoanListRequest request, EquipmentLoanQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static Task<Results<Ok<EquipmentLoanView>, NotFoundProblem, ValidationProblem>> GetLoanAsync(
        Guid id, string? include, EquipmentLoanQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.GetAsync(http, RecordTypes.EquipmentLoan, include, EquipmentLoanView.Includable,
            (actor, includes, personalRead, token) => queries.GetAsync(actor, id, includes, personalRead, token), cancellationToken);

    private static Task<Results<Created<EquipmentLoanView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> LendAsync(
        HttpRequest request, EquipmentLoanCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<LendEquipmentRequest, EquipmentLoanView>(request, commands.LendAsync, "/api/equipment-loans", cancellationToken);

    private static Task<Results<Ok<EquipmentLoanView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchLoanAsync(
        Guid id, HttpRequest request, EquipmentLoanCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchEquipmentLoanRequest, EquipmentLoanView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token),
            cancellationToken, PatchEquipmentLoanRequest.Refused);

    private static Task<Results<Ok<EquipmentLoanView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ChangeLoanStatusAsync(
        Guid id, HttpRequest request, EquipmentLoanCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<LoanStatusRequest, EquipmentLoanView>(request, (actor, body, token) => commands.ChangeStatusAsync(actor, id, body, token), cancellationToken);

    private static async Task<Results<Ok<EquipmentLoanView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveLoanAsync(
        Guid id, EquipmentLoanCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<Ok<Page<StatusChangeView>>, NotFoundProblem>> LoanHistoryAsync(
        Guid id, VetCrmDbContext db, EquipmentAccess access, HttpContext http, CancellationToken cancellationToken) =>
        await StatusHistoryQuery.ReadAsync(db, RecordTypes.EquipmentLoan, access.Loans(http.Actor()), id, cancellationToken) is { } page
            ? TypedResults.Ok(page) : Problems.NotFound(RecordTypes.EquipmentLoan);
}

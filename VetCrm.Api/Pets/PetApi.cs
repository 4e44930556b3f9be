using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Records;
using VetCrm.Api.Access;

namespace VetCrm.Api.Pets;

/// <summary>REST for pets: each route reads its request, calls a query or command with the caller, and maps the outcome.</summary>
public static class PetApi
{
    public static IEndpointRouteBuilder MapPetApi(this IEndpointRouteBuilder routes)
    {
        var pets = routes.MapGroup("/api/pets").WithTags("Pets").RequireAuthorization(Policies.Staff);
        pets.MapGet("/", ListAsync).WithSummary("The pet pipeline: newest activity first, searchable with q=");
        pets.MapGet("/{id:guid}", GetAsync).WithSummary("Get one pet (audited as a case read)");
        pets.MapPost("/", CreateAsync).WithSummary("Create a pet").Accepts<CreatePetRequest>("application/json");
        pets.MapPatch("/{id:guid}", PatchAsync).WithSummary("Update fields of a pet; `version` is required (409 when stale)").Accepts<PatchPetRequest>("application/json");
        pets.MapPost("/{id:guid}/archive", ArchiveAsync).WithSummary("Archive a pet (admin)");
        pets.MapGet("/{id:guid}/status-history", StatusHistoryAsync).WithSummary("Status changes with who, when and why (pets have none)");
        return routes;
    }

    private static async Task<Results<Ok<Page<PetView>>, ValidationProblem>> ListAsync(
        [AsParameters] PetListRequest request, PetQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var (page, errors) = await queries.ListAsync(http.Actor(), request, cancellationToken);
        return page is null ? Problems.Validation(errors) : TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<PetView>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(
        Guid id, string? include, PetQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Commands.FieldErrors();
        var includes = Includes.Parse(include, PetView.Includable, errors);
        if (errors.Any) return Problems.Validation(errors);
        var view = await queries.GetAsync(http.Actor(), id, includes, http.Request.IsPersonalRead(), cancellationToken);
        return view is null ? Problems.NotFound(RecordTypes.Pet) : TypedResults.Ok(view);
    }

    private static async Task<Results<Created<PetView>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, PetCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<CreatePetRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        var outcome = await commands.CreateAsync(request.HttpContext.Actor(), body!, cancellationToken);
        return outcome.ToCreated(pet => $"/api/pets/{pet.Id}");
    }

    private static async Task<Results<Ok<PetView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, PetCommands commands, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<PatchPetRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        return (await commands.PatchAsync(request.HttpContext.Actor(), id, body!, cancellationToken)).ToOk();
    }

    private static async Task<Results<Ok<PetView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> ArchiveAsync(
        Guid id, PetCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();

    private static async Task<Results<Ok<Page<StatusChangeView>>, NotFound<ProblemDetails>>> StatusHistoryAsync(
        Guid id, VetCrmDbContext db, CaseAccess access, HttpContext http, CancellationToken cancellationToken) =>
        await StatusHistoryQuery.ReadAsync(db, RecordTypes.Pet, access.Pets(http.Actor()), id, cancellationToken) is { } page
            ? TypedResults.Ok(page) : Problems.NotFound(RecordTypes.Pet);
}

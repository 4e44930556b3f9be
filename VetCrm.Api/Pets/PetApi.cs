using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VetCrm.Api.Auth;
using VetCrm.Api.Common;
using VetCrm.Data.Records;

namespace VetCrm.Api.Pets;

/// <summary>REST for pets: each route reads its request, calls a query or command with the caller, and answers the outcome.</summary>
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
        pets.MapStatusHistory(RecordTypes.Pet, (access, actor) => access.Pets(actor));
        return routes;
    }

    private static async Task<Results<Ok<Page<PetView>>, ValidationProblem>> ListAsync(
        [AsParameters] PetListRequest request, PetQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.Page(await queries.ListAsync(http.Actor(), request, cancellationToken));

    private static Task<Results<Ok<PetView>, NotFoundProblem, ValidationProblem>> GetAsync(
        Guid id, string? include, PetQueries queries, HttpContext http, CancellationToken cancellationToken) =>
        CommandRoutes.GetAsync(http, RecordTypes.Pet, include, PetView.Includable,
            (actor, includes, personalRead, token) => queries.GetAsync(actor, id, includes, personalRead, token), cancellationToken);

    private static Task<Results<Created<PetView>, ValidationProblem, ConflictProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, PetCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.CreateAsync<CreatePetRequest, PetView>(request, commands.CreateAsync, "/api/pets", cancellationToken);

    private static Task<Results<Ok<PetView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> PatchAsync(
        Guid id, HttpRequest request, PetCommands commands, CancellationToken cancellationToken) =>
        CommandRoutes.ChangeAsync<PatchPetRequest, PetView>(request, (actor, body, token) => commands.PatchAsync(actor, id, body, token), cancellationToken);

    private static async Task<Results<Ok<PetView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> ArchiveAsync(
        Guid id, PetCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        (await commands.ArchiveAsync(http.Actor(), id, cancellationToken)).ToOk();
}

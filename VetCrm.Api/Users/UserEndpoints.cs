using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Users;

public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Auth.Policies.Admin);
        group.MapGet("/", ListAsync).WithSummary("Users (admin); filter by role (\"none\" for users without one) or q").Produces<Page<UserView>>();
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One user (admin)").Produces<UserView>().ProducesProblem(404);
        // Who a pet can be assigned to: staff taking in referrals need the names, not the rest of the user records.
        routes.MapGet("/api/specialists", SpecialistsAsync).WithTags("Users").RequireAuthorization(Auth.Policies.Staff)
            .WithSummary("The specialists (id, username, fullName), by name: whom a pet can be assigned to").Produces<SpecialistView[]>();
        group.MapPut("/{id:guid}/role", SetRoleAsync).WithSummary("Grant, change or take away a user's role (admin); effective on the user's next request")
            .Accepts<RoleChangeRequest>("application/json")
            .Produces<UserView>().ProducesValidationProblem().ProducesProblem(404);
        return routes;
    }

    private static async Task<IResult> ListAsync([AsParameters] UserListRequest request, UserQueries queries, CancellationToken cancellationToken)
    {
        var (page, errors) = await queries.ListAsync(request, cancellationToken);
        return page is null ? Problems.Validation(errors) : TypedResults.Ok(page);
    }

    private static async Task<IResult> SpecialistsAsync(VetCrmDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Users.AsNoTracking()
            .Where(u => u.Role == Roles.Specialist && !u.IsSystem)
            .OrderBy(u => u.FullName).ThenBy(u => u.Id)
            .Select(u => new SpecialistView(u.Id, u.UserName!, u.FullName))
            .ToArrayAsync(cancellationToken));

    private static async Task<IResult> GetAsync(Guid id, UserQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } user ? TypedResults.Ok(user) : Problems.NotFound("The user was not found.");

    private static async Task<Results<Ok<UserView>, NotFoundProblem, ValidationProblem, ConflictProblem, ProblemHttpResult>> SetRoleAsync(
        Guid id, HttpRequest request, RoleCommands commands, CancellationToken cancellationToken) =>
        await CommandRoutes.ChangeAsync<RoleChangeRequest, UserView>(request, (actor, body, token) => commands.ChangeRoleAsync(actor, id, body, token), cancellationToken);
}

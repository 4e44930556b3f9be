using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Audit;
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

    private static async Task<IResult> SetRoleAsync(Guid id, RoleChangeRequest request, HttpContext http, UserManager<AppUser> users, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Role is { } role && !Roles.All.Contains(role))
            return Problems.Validation("role", $"'{role}' is not one of: {string.Join(", ", Roles.All)} (or null for no role).");
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || user.IsSystem) return Problems.NotFound("The user was not found.");
        var before = user.Role;
        if (before != request.Role)
        {
            user.Role = request.Role;
            user.UpdatedAt = time.GetUtcNow();
            await users.UpdateAsync(user);
            var metadata = JsonSerializer.SerializeToDocument(new Dictionary<string, object?>
            {
                ["changes"] = new Dictionary<string, object?> { ["role"] = new Dictionary<string, string?> { ["before"] = before, ["after"] = request.Role } },
            });
            await audit.WriteAsync(http.Features.Get<Access.Actor>(), AuditActions.RoleChange, "user", user.Id,
                $"role of {user.UserName}: {before ?? "none"} → {request.Role ?? "none"}", metadata, cancellationToken);
        }
        return TypedResults.Ok(UserView.From(user));
    }
}

using VetCrm.Data.Auditing;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Users;

/// <summary>Granting, changing or taking away a user's role (admin), audited with before and after.</summary>
public sealed class RoleCommands(UserManager<AppUser> users, AuditLog audit, TimeProvider time)
{
    public async Task<Outcome<UserView>> ChangeRoleAsync(Actor actor, Guid id, RoleChangeRequest request, CancellationToken cancellationToken)
    {
        if (request.Role is { } role && !Roles.All.Contains(role))
            return Refusal.Invalid("role", $"'{role}' is not one of: {string.Join(", ", Roles.All)} (or null for no role).");
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || user.IsSystem) return Refusal.NotFound("user");
        var before = user.Role;
        if (before == request.Role) return UserView.From(user);
        user.Role = request.Role;
        user.UpdatedAt = time.GetUtcNow();
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded) return Refusal.Conflict("The user changed meanwhile; try again.", "role");
        var metadata = JsonSerializer.SerializeToDocument(new Dictionary<string, object?>
        {
            ["changes"] = new Dictionary<string, object?> { ["role"] = new Dictionary<string, string?> { ["before"] = before, ["after"] = request.Role } },
        });
        await audit.WriteAsync(actor, AuditActions.RoleChange, AuditedTypes.User, user.Id, $"role of {user.UserName}: {before ?? "none"} → {request.Role ?? "none"}", metadata, cancellationToken);
        return UserView.From(user);
    }
}

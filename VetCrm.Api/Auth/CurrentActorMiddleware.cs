using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Data;

namespace VetCrm.Api.Auth;

/// <summary>
/// After authentication, takes the token's user as it is now (from the <see cref="ActorCache"/>, which every user change
/// evicts, or else from the database) and the role from there, so a role change or a logout (new security stamp) takes
/// effect on the very next request: a token whose stamp no longer matches, or whose user is gone or locked out, is
/// treated as no token at all (401).
/// </summary>
public sealed class CurrentActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ActorCache actors, VetCrmDbContext db, IOptions<IdentityOptions> identityOptions, TimeProvider time)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
            if (!actors.TryGet(userId, out var user))
            {
                var generation = actors.Generation;
                user = await db.Users.AsNoTracking()
                    .Where(u => u.Id == userId && !u.IsSystem)
                    .Select(u => new ActorCache.CachedUser(u.SecurityStamp, u.UserName!, u.Role, u.LockoutEnd))
                    .FirstOrDefaultAsync(context.RequestAborted);
                if (user is not null) actors.Add(userId, user, generation);
            }
            if (user is null || user.SecurityStamp != stamp || user.LockoutEnd >= time.GetUtcNow())
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                var actor = new Actor(userId, user.UserName!, user.Role);
                context.Features.Set(actor);
                var identity = new ClaimsIdentity(principal.Claims.Where(c => c.Type != ClaimTypes.Role), principal.Identity.AuthenticationType);
                if (user.Role is not null) identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
                context.User = new ClaimsPrincipal(identity);
            }
        }
        await next(context);
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Auth;

/// <summary>
/// First start: makes sure an admin exists (from <c>Bootstrap:AdminUserName</c>/<c>Bootstrap:AdminPassword</c>, or with a
/// generated password that is logged once) and the "system" account the reminder worker writes as (no password, no login).
/// Runs under the start-up lock, so replicas starting together create each account once.
/// </summary>
public sealed class BootstrapAccounts(UserManager<AppUser> users, IOptions<BootstrapOptions> options, TimeProvider time, ILogger<BootstrapAccounts> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await users.FindByNameAsync(AppUser.SystemUserName) is null)
        {
            var system = new AppUser
            {
                UserName = AppUser.SystemUserName, Email = "system@vetcrm.local", FullName = "VetCrm system", IsSystem = true,
                CreatedAt = now, UpdatedAt = now, LockoutEnabled = true, LockoutEnd = DateTimeOffset.MaxValue,
            };
            Check(await users.CreateAsync(system), "system account");
        }

        if (await users.Users.AnyAsync(u => u.Role == Roles.Admin, cancellationToken)) return;
        var settings = options.Value;
        var generated = string.IsNullOrEmpty(settings.AdminPassword);
        var password = generated ? GeneratePassword() : settings.AdminPassword!;
        var admin = await users.FindByNameAsync(settings.AdminUserName);
        if (admin is null)
        {
            admin = new AppUser
            {
                UserName = settings.AdminUserName, Email = settings.AdminEmail, FullName = "Administrator", Role = Roles.Admin,
                EmailConfirmed = true, CreatedAt = now, UpdatedAt = now,
            };
            Check(await users.CreateAsync(admin, password), "admin account");
        }
        else
        {
            admin.Role = Roles.Admin;
            Check(await users.UpdateAsync(admin), "admin role");
            if (!generated) Check(await users.RemovePasswordAsync(admin), "admin password");
            if (!generated) Check(await users.AddPasswordAsync(admin, password), "admin password");
        }
        if (generated)
            logger.LogWarning("Created admin account '{UserName}' with generated password {Password} — log in with POST /api/auth/login and change it.", settings.AdminUserName, password);
        else
            logger.LogInformation("Created admin account '{UserName}' with the configured Bootstrap:AdminPassword.", settings.AdminUserName);
    }

    private static string GeneratePassword() =>
        // Satisfies the password policy: upper, lower, digit, length.
        $"Vc{Convert.ToHexString(RandomNumberGenerator.GetBytes(9)).ToLowerInvariant()}9A";

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Could not create the {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VetCrm.Api.Access;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Auth;

public static class AuthServiceExtensions
{
    /// <summary>
    /// Identity on VetCrmDbContext with bearer tokens, login throttling and rate limits, data-protection keys in PostgreSQL
    /// encrypted with the configured certificate (a token issued by one API replica validates on every other; a dump of the
    /// table mints nothing), the per-request actor and the staff/admin policies.
    /// </summary>
    public static IHostApplicationBuilder AddVetCrmAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuditActor, HttpAuditActor>();
        services.AddOptions<BootstrapOptions>().Bind(builder.Configuration.GetSection(BootstrapOptions.Section));
        services.AddScoped<BootstrapAccounts>();
        services.AddOptions<AccountLimits>().Bind(builder.Configuration.GetSection(AccountLimits.Section));
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<UnknownLoginTally>();
        services.AddHostedService(provider => provider.GetRequiredService<UnknownLoginTally>());
        services.AddScoped<AccountCommands>();
        services.AddScoped<Users.RoleCommands>();
        services.AddAccountRateLimits();
        services.AddScoped<CaseAccess>();
        services.AddSingleton<ActorCache>();
        services.AddSingleton<IInterceptor, UserChangeEviction>();
        services.TryAddSingleton<PostgresChannel>();
        services.AddHostedService<UserChangeListener>();

        builder.AddEncryptedKeyRing("VetCrm").PersistKeysToDbContext<VetCrmDbContext>();

        services.AddAuthentication(IdentityConstants.BearerScheme).AddBearerToken(IdentityConstants.BearerScheme);
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                // Failed logins are throttled (LoginThrottle), never a lock a stranger could set off; an admin may still lock a user.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<VetCrmDbContext>()
            .AddSignInManager();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.All))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin));
        return builder;
    }
}

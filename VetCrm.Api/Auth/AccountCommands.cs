using VetCrm.Data.Auditing;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Auth;

/// <summary>
/// Sign-up, login and logout as commands: what they check, what they write to the audit log, and what they answer,
/// without HTTP (the REST adapter in <see cref="AuthEndpoints"/> turns the principal into a bearer token).
/// </summary>
public sealed class AccountCommands(UserManager<AppUser> users, SignInManager<AppUser> signIn, LoginThrottle throttle,
    UnknownLoginTally unknownNames, AuditLog audit, TimeProvider time)
{
    /// <summary>The one answer to a login that did not work, whether the name exists or not.</summary>
    public const string WrongCredentials = "Wrong user name or password.";

    public async Task<Outcome<UserView>> SignupAsync(SignupRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        var username = check.Required("username", request.Username, 64);
        var email = check.Required("email", request.Email, 256);
        var password = Secret(check, "password", request.Password);
        var fullName = check.Required("fullName", request.FullName, 200);
        if (check.Failed) return Refusal.Invalid(check.Errors);

        var now = time.GetUtcNow();
        var user = new AppUser { UserName = username, Email = email, FullName = fullName, CreatedAt = now, UpdatedAt = now };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            if (result.Errors.FirstOrDefault(e => e.Code.StartsWith("Duplicate", StringComparison.Ordinal)) is { } duplicate)
                return Refusal.Conflict(string.Join(" ", result.Errors.Select(e => e.Description)), IdentityErrorField(duplicate.Code));
            foreach (var error in result.Errors) check.Add(IdentityErrorField(error.Code), error.Description);
            return Refusal.Invalid(check.Errors);
        }
        await audit.WriteAsync(new Actor(user.Id, user.UserName, null), AuditActions.Create, AuditedTypes.User, user.Id, $"user {user.UserName} signed up", null, cancellationToken);
        return UserView.From(user);
    }

    /// <summary>Checks the password (throttled per account and client, see <see cref="LoginThrottle"/>) and answers the principal to issue a token for.</summary>
    /// <param name="client">Who is trying (the client's address), for the throttle.</param>
    public async Task<Outcome<ClaimsPrincipal>> LoginAsync(LoginRequest request, string client, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        var name = check.Required("username", request.Username, 256);
        var password = Secret(check, "password", request.Password);
        if (check.Failed) return Refusal.Invalid(check.Errors);

        if (throttle.Attempt(name, client) is { } wait) return Refusal.TooManyAttempts(WrongCredentials + " Too many failed attempts from here; try again later.", wait);
        var user = await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        if (user is null || user.IsSystem)
        {
            throttle.Failed(name);
            unknownNames.Add(name);
            return Refusal.Unauthorized(WrongCredentials);
        }
        // No lockout on failure: a hard lock would let anyone lock anyone out (the throttle above slows guessing instead).
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        var actor = new Actor(user.Id, user.UserName!, user.Role);
        if (!result.Succeeded)
        {
            throttle.Failed(name);
            var why = result.IsLockedOut ? "account locked by an administrator" : "wrong password";
            await audit.WriteAsync(actor, AuditActions.LoginFailed, AuditedTypes.User, user.Id, $"failed login for {user.UserName}: {why}", null, cancellationToken);
            return Refusal.Unauthorized(WrongCredentials);
        }
        throttle.Succeeded(name, client);
        await audit.WriteAsync(actor, AuditActions.Login, AuditedTypes.User, user.Id, $"{user.UserName} logged in", null, cancellationToken);
        return await signIn.CreateUserPrincipalAsync(user);
    }

    /// <summary>Renews the security stamp, which ends every token of the user (and, through the live hub, its connections).</summary>
    public async Task<Outcome<UserView>> LogoutAsync(Actor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(actor.UserId.ToString());
        if (user is null) return Refusal.NotFound("user");
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(actor, AuditActions.Logout, AuditedTypes.User, actor.UserId, $"{actor.UserName} logged out", null, cancellationToken);
        return UserView.From(user);
    }

    /// <summary>A password is taken as typed (not trimmed): required and bounded.</summary>
    private static string Secret(FieldChecks check, string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) check.Add(field, "is required.");
        else if (value.Length > 128) check.Add(field, "must be at most 128 characters.");
        return value ?? "";
    }

    private static string IdentityErrorField(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ => "username",
    };
}

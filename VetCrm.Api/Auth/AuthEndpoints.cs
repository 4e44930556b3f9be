using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Common;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

using VetCrm.Api.Commands;

namespace VetCrm.Api.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Accounts");
        group.MapPost("/signup", SignupAsync).WithSummary("Create an account (no role: no clinical access until an admin grants one)")
            .Produces<UserView>(201).ProducesValidationProblem().ProducesProblem(409);
        group.MapPost("/login", LoginAsync).WithSummary("Log in; answers {tokenType, accessToken, expiresIn, refreshToken}")
            .Produces<AccessTokenResponse>().ProducesProblem(401);
        group.MapPost("/refresh", RefreshAsync).WithSummary("Trade a refresh token for new tokens").Produces<AccessTokenResponse>().ProducesProblem(401);
        group.MapPost("/logout", LogoutAsync).WithSummary("Log out: every token of this user stops working").RequireAuthorization().Produces(204);
        group.MapGet("/me", MeAsync).WithSummary("The signed-in user, with the current role and what it allows").RequireAuthorization().Produces<MeView>();
        return routes;
    }

    private static async Task<IResult> SignupAsync(SignupRequest request, UserManager<AppUser> users, TimeProvider time, AuditLog audit, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Require(errors, "username", request.Username, 64);
        Require(errors, "email", request.Email, 256);
        Require(errors, "password", request.Password, 128);
        Require(errors, "fullName", request.FullName, 200);
        if (errors.Any) return Problems.Validation(errors);

        var now = time.GetUtcNow();
        var user = new AppUser { UserName = request.Username!.Trim(), Email = request.Email!.Trim(), FullName = request.FullName!.Trim(), CreatedAt = now, UpdatedAt = now };
        var result = await users.CreateAsync(user, request.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) errors.Add(IdentityErrorField(error.Code), error.Description);
            var duplicate = result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail");
            return duplicate
                ? Problems.Conflict(string.Join(" ", result.Errors.Select(e => e.Description)), IdentityErrorField(result.Errors.First(e => e.Code.StartsWith("Duplicate")).Code))
                : Problems.Validation(errors);
        }
        await audit.WriteAsync(new Actor(user.Id, user.UserName, null), AuditActions.Create, "user", user.Id, $"user {user.UserName} signed up", null, cancellationToken);
        return TypedResults.Created($"/api/users/{user.Id}", UserView.From(user));
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Require(errors, "username", request.Username, 256);
        Require(errors, "password", request.Password, 128);
        if (errors.Any) return Problems.Validation(errors);

        var name = request.Username!.Trim();
        var user = await users.FindByNameAsync(name) ?? await users.FindByEmailAsync(name);
        if (user is null || user.IsSystem)
        {
            await audit.WriteAsync(null, AuditActions.LoginFailed, "user", user?.Id, $"failed login for unknown user '{name}'", null, cancellationToken, actorName: name);
            return Problems.Unauthorized("Wrong user name or password.");
        }
        var result = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        var actor = new Actor(user.Id, user.UserName!, user.Role);
        if (!result.Succeeded)
        {
            var why = result.IsLockedOut ? "account locked after repeated failed logins" : "wrong password";
            await audit.WriteAsync(actor, AuditActions.LoginFailed, "user", user.Id, $"failed login for {user.UserName}: {why}", null, cancellationToken);
            return Problems.Unauthorized(result.IsLockedOut
                ? "This account is locked after repeated failed logins; try again later."
                : "Wrong user name or password.");
        }
        await audit.WriteAsync(actor, AuditActions.Login, "user", user.Id, $"{user.UserName} logged in", null, cancellationToken);
        // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.Empty;
    }

    private static async Task<IResult> RefreshAsync(RefreshRequest request, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken)) return Problems.Validation("refreshToken", "is required.");
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        // A logout or a password change renews the security stamp, which voids older refresh tokens here.
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsSystem: false } user)
            return Problems.Unauthorized("The refresh token is invalid or expired; log in again.");
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.Empty;
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, UserManager<AppUser> users, AuditLog audit, CancellationToken cancellationToken)
    {
        var actor = http.Features.Get<Actor>()!;
        var user = await users.FindByIdAsync(actor.UserId.ToString());
        if (user is not null) await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(actor, AuditActions.Logout, "user", actor.UserId, $"{actor.UserName} logged out", null, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> MeAsync(HttpContext http, UserManager<AppUser> users)
    {
        var actor = http.Features.Get<Actor>()!;
        var user = await users.FindByIdAsync(actor.UserId.ToString());
        return user is null ? Problems.Unauthorized("The account no longer exists.")
            : TypedResults.Ok(MeView.From(UserView.From(user), RecordActions.ForCaller(actor), RecordActions.InteractionTypesFor(actor)));
    }

    private static void Require(FieldErrors errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, "is required.");
        else if (value.Length > maxLength) errors.Add(field, $"must be at most {maxLength} characters.");
    }

    private static string IdentityErrorField(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ when code.Contains("UserName", StringComparison.Ordinal) => "username",
        _ => "username",
    };
}

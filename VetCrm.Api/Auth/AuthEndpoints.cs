using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Api.Common;
using VetCrm.Api.Users;
using VetCrm.Data;
using VetCrm.Data.Entities;

using VetCrm.Api.Commands;

namespace VetCrm.Api.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Accounts");
        group.MapPost("/signup", SignupAsync).Accepts<SignupRequest>("application/json").RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Create an account (no role: no clinical access until an admin grants one)")
            .Produces<UserView>(201).ProducesValidationProblem().ProducesProblem(409);
        group.MapPost("/login", LoginAsync).Accepts<LoginRequest>("application/json").RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Log in; answers {tokenType, accessToken, expiresIn, refreshToken}")
            .Produces<AccessTokenResponse>().ProducesProblem(401).ProducesProblem(429);
        group.MapPost("/refresh", RefreshAsync).Accepts<RefreshRequest>("application/json").RequireRateLimiting(AccountRateLimits.Policy).WithSummary("Trade a refresh token for new tokens").Produces<AccessTokenResponse>().ProducesProblem(401);
        group.MapPost("/logout", LogoutAsync).WithSummary("Log out: every token of this user stops working").RequireAuthorization().Produces(204);
        group.MapGet("/me", MeAsync).WithSummary("The signed-in user, with the current role and what it allows").RequireAuthorization().Produces<MeView>();
        return routes;
    }

    private static async Task<IResult> SignupAsync(HttpRequest request, AccountCommands accounts, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<SignupRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        return (await accounts.SignupAsync(body!, cancellationToken)).ToCreated(user => $"/api/users/{user.Id}");
    }

    private static async Task<IResult> LoginAsync(HttpRequest request, AccountCommands accounts, CancellationToken cancellationToken)
    {
        var (body, unreadable, invalid) = await RequestBody.ReadAsync<LoginRequest>(request, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        var outcome = await accounts.LoginAsync(body!, ClientOf(request.HttpContext), cancellationToken);
        // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
        return outcome.Refusal switch
        {
            null => TypedResults.SignIn(outcome.Value!, authenticationScheme: IdentityConstants.BearerScheme),
            { Kind: RefusalKind.TooManyAttempts } refusal => TooManyAttempts(request.HttpContext, refusal),
            { Kind: RefusalKind.Unauthorized } refusal => Problems.Unauthorized(refusal.Detail),
            var refusal => Problems.Validation(refusal.Errors!, refusal.Detail),
        };
    }

    private static async Task<IResult> RefreshAsync(HttpRequest http, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, unreadable, invalid) = await RequestBody.ReadAsync<RefreshRequest>(http, cancellationToken);
        if (unreadable is not null) return unreadable;
        if (invalid is not null) return invalid;
        if (string.IsNullOrWhiteSpace(request!.RefreshToken)) return Problems.Validation("refreshToken", "is required.");
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        // A logout or a password change renews the security stamp, which voids older refresh tokens here.
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsSystem: false } user)
            return Problems.Unauthorized("The refresh token is invalid or expired; log in again.");
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.Empty;
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, AccountCommands accounts, CancellationToken cancellationToken)
    {
        await accounts.LogoutAsync(http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    // The web app asks on every page it serves: one prepared read of the row, without Identity's store or change tracking.
    private static readonly Func<VetCrmDbContext, Guid, CancellationToken, Task<UserView?>> UserById =
        EF.CompileAsyncQuery((VetCrmDbContext db, Guid id, CancellationToken _) => db.Users.AsNoTracking().Where(u => u.Id == id).Select(UserView.Projection).FirstOrDefault());

    private static async Task<IResult> MeAsync(HttpContext http, VetCrmDbContext db, CancellationToken cancellationToken)
    {
        var actor = http.Features.Get<Actor>()!;
        var user = await UserById(db, actor.UserId, cancellationToken);
        return user is null ? Problems.Unauthorized("The account no longer exists.")
            : TypedResults.Ok(MeView.From(user, RecordActions.ForCaller(actor), RecordActions.InteractionTypesFor(actor)));
    }

    /// <summary>The client's address (the browser's, as the web forwards it in X-Forwarded-For), which the login throttle counts by.</summary>
    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static ProblemHttpResult TooManyAttempts(HttpContext http, Refusal refusal)
    {
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(refusal.RetryAfter!.Value.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(refusal.Detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts");
    }
}

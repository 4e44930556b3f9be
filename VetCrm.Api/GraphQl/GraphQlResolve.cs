using GraphQL;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;

namespace VetCrm.Api.GraphQl;

/// <summary>What every resolver does the same way: who the caller is (and may they read clinical records), scoped services, and outcomes as values or errors.</summary>
public static class GraphQlResolve
{
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The signed-in caller; the endpoint answers anonymous requests before any resolver runs, so this is a safeguard.</summary>
    public static Actor Caller(this IResolveFieldContext context) =>
        (context.UserContext as GraphQlUserContext)?.Actor ?? throw new ExecutionError("Sign in first: send the bearer token.") { Code = Unauthenticated };

    /// <summary>A caller with a role: the gate to every clinical field, as the REST staff policy (no role → FORBIDDEN).</summary>
    public static Actor Staff(this IResolveFieldContext context)
    {
        var actor = context.Caller();
        return actor.HasRole ? actor : throw new GraphQlRefusal(Refusal.Forbidden("Your account has no role yet; an administrator grants one."));
    }

    public static Actor Admin(this IResolveFieldContext context)
    {
        var actor = context.Caller();
        return actor.IsAdmin ? actor : throw new GraphQlRefusal(Refusal.Forbidden("Only administrators may read this."));
    }

    public static bool PersonalRead(this IResolveFieldContext context) => (context.UserContext as GraphQlUserContext)?.PersonalRead ?? true;

    public static T Service<T>(this IResolveFieldContext context) where T : notnull => (context.RequestServices ?? throw new InvalidOperationException("GraphQL runs with the request's services.")).GetRequiredService<T>();

    public static T ValueOrThrow<T>(this Outcome<T> outcome) where T : class =>
        outcome.Refusal is { } refusal ? throw new GraphQlRefusal(refusal) : outcome.Value!;

    public static Page<T> PageOrThrow<T>(this (Page<T>? Page, FieldErrors Errors) result) =>
        result.Page ?? throw new GraphQlRefusal(Refusal.Invalid(result.Errors));

    public static T FoundOrThrow<T>(this T? view, string recordName) where T : class =>
        view ?? throw new GraphQlRefusal(Refusal.NotFound(recordName));
}

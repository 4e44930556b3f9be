using VetCrm.Api.OpenApi;
using VetCrm.Api.Users;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Auth;

/// <summary>
/// The signed-in user with what the current role lets them do (<c>allowedActions</c>) and which interaction types they
/// may log, so that clients show what is possible without knowing the access rules.
/// </summary>
public sealed record MeView(Guid Id, string Username, string Email, [property: ValueSet(typeof(Roles))] string? Role, string FullName, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, IReadOnlyList<string> AllowedActions, [property: ValueSet(typeof(Data.Entities.InteractionTypes))] IReadOnlyList<string> InteractionTypes)
{
    public static MeView From(UserView user, IReadOnlyList<string> allowedActions, IReadOnlyList<string> interactionTypes) =>
        new(user.Id, user.Username, user.Email, user.Role, user.FullName, user.CreatedAt, user.UpdatedAt, allowedActions, interactionTypes);
}

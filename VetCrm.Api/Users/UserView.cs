using System.Linq.Expressions;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Users;

/// <summary>A user as the API shows it; the password never leaves the server.</summary>
public sealed record UserView(Guid Id, string Username, string Email, [property: ValueSet(typeof(Roles))] string? Role, string FullName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    : RecordRef(Id)
{
    public static readonly Expression<Func<AppUser, UserView>> Projection =
        u => new UserView(u.Id, u.UserName!, u.Email!, u.Role, u.FullName, u.CreatedAt, u.UpdatedAt);

    public static UserView From(AppUser u) => new(u.Id, u.UserName!, u.Email!, u.Role, u.FullName, u.CreatedAt, u.UpdatedAt);
}

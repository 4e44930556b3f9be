using VetCrm.Data.Entities;

namespace VetCrm.Api.Access;

/// <summary>The signed-in user as the access rules see them: id and current role (read from the database per request).</summary>
public sealed record Actor(Guid UserId, string UserName, string? Role)
{
    public bool IsAdmin => Role == Roles.Admin;
    public bool HasRole => Role is not null;
}

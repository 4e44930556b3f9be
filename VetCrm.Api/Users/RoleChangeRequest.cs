using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Users;

/// <param name="Role">admin, specialist, coordinator, clientCare, or null to take the role away.</param>
public sealed record RoleChangeRequest([property: ValueSet(typeof(Roles))] string? Role);

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Audit;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Users;

/// <param name="Role">admin, specialist, coordinator, clientCare, or null to take the role away.</param>
public sealed record RoleChangeRequest(string? Role);

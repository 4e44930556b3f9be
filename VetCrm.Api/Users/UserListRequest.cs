using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Audit;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Users;

public sealed record UserListRequest(string? Role, string? Q, string? Order, int? Limit, string? Cursor) : IListRequest
{
    public string? Include => null;
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Audit;

/// <param name="Actor">User id of who did it.</param>
/// <param name="From">Entries at or after this time (ISO 8601).</param>
/// <param name="To">Entries before this time.</param>
public sealed record AuditListRequest(Guid? Actor, string? EntityType, string? EntityId, string? Action, DateTimeOffset? From, DateTimeOffset? To,
    string? Order, int? Limit, string? Cursor) : IListRequest
{
    public string? Include => null;
}

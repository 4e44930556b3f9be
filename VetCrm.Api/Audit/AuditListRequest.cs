using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Audit;

/// <param name="Actor">User id of who did it.</param>
/// <param name="From">Entries at or after this time (ISO 8601).</param>
/// <param name="To">Entries before this time.</param>
public sealed record AuditListRequest(Guid? Actor, [ValueSet(typeof(AuditedTypes))] string? EntityType, string? EntityId, [ValueSet(typeof(AuditActions))] string? Action, DateTimeOffset? From, DateTimeOffset? To,
    string? Order, int? Limit, string? Cursor) : IListRequest
{
    public string? Include => null;
}

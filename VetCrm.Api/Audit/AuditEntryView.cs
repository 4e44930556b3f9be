using System.Linq.Expressions;
using System.Text.Json;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Audit;

public sealed record AuditEntryView(Guid Id, RecordRef? Actor, string? ActorName, string Action, string EntityType, string? EntityId,
    string Summary, JsonDocument? Metadata, DateTimeOffset At)
{
    public static readonly Expression<Func<AuditEntry, AuditEntryView>> Projection = a => new AuditEntryView(
        a.Id, a.ActorId == null ? null : new RecordRef(a.ActorId.Value), a.ActorName, a.Action, a.EntityType, a.EntityId, a.Summary, a.Metadata, a.At);
}

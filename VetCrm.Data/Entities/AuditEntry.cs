using System.Text.Json;

namespace VetCrm.Data.Entities;

/// <summary>One append-only audit row; the database refuses UPDATE, DELETE and TRUNCATE on its table.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? ActorId { get; set; }
    public string? ActorName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public required string Summary { get; set; }
    /// <summary>For changes: <c>{"changes": {"field": {"before": .., "after": ..}}}</c>.</summary>
    public JsonDocument? Metadata { get; set; }
    public DateTimeOffset At { get; set; }
}

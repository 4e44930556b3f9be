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

/// <summary>A referral status or plan status change, with who and why.</summary>
public sealed class StatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string EntityType { get; set; }
    public Guid EntityId { get; set; }
    public required string Field { get; set; }
    public string? FromValue { get; set; }
    public required string ToValue { get; set; }
    public Guid? ChangedById { get; set; }
    public string? ChangeReason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>A snapshot of a treatment plan as saved, numbered 1, 2, 3 … per plan.</summary>
public sealed class TreatmentPlanVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TreatmentPlanId { get; set; }
    public int VersionNumber { get; set; }
    public required JsonDocument Snapshot { get; set; }
    public string[] ChangedFields { get; set; } = [];
    public Guid? SavedById { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}

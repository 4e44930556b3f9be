
namespace VetCrm.Data.Entities;

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

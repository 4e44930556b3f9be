using System.Text.Json;

namespace VetCrm.Data.Entities;

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

namespace VetCrm.Data.Entities;

/// <summary>What every clinical record has: a v7 id, server timestamps, archive flag, optimistic concurrency.</summary>
public abstract class ClinicalRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Records are archived, never deleted; archived ones drop out of lists.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }
    /// <summary>Who created the record (server-set); a coordinator's own intake counts as its case.</summary>
    public Guid? CreatedById { get; set; }
    /// <summary>PostgreSQL's xmin: changes on every row update, so a stale PATCH is detected.</summary>
    public uint Version { get; set; }
}

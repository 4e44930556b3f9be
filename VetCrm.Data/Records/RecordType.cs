using VetCrm.Data.Entities;

namespace VetCrm.Data.Records;

/// <summary>
/// What one clinical record type contributes to the shared machinery, stated once: its name in audit rows, status
/// history and live events, its status workflow, the live events its changes raise and who hears them, and the case (pet) it belongs to.
/// Audit, history, the outbox, live audiences and the worker all read it from <see cref="RecordTypes"/>.
/// </summary>
public sealed class RecordType
{
    public required string Name { get; init; }
    public required Type Entity { get; init; }
    public StatusWorkflow? Status { get; init; }
    /// <summary>The pet whose case the record is part of.</summary>
    public required Func<ClinicalRecord, Guid> CaseOf { get; init; }
    /// <summary>Live event type raised when a record is created; null for none.</summary>
    public string? CreatedEvent { get; init; }
    /// <summary>Live event type raised when a record changes; null for none.</summary>
    public string? ChangedEvent { get; init; }
    /// <summary>The field naming who is responsible for the record, raising its own event when set or changed; null for none.</summary>
    public AssignmentEvent? Assignment { get; init; }
    /// <summary>The field naming a user who hears of the record's changes even when the case is not theirs (a booking's specialist); null for none.</summary>
    public string? Attendee { get; init; }
    /// <summary>Who hears of the record's live events: the case's reach (the default), or its participants only.</summary>
    public RecordAudience Audience { get; init; } = RecordAudience.CaseReach;
    /// <summary>Whether a change can move the record into or out of the intake queue every coordinator watches.</summary>
    public bool FeedsIntakeQueue { get; init; }
}

using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Data.Live;

/// <summary>
/// The outbox row of a live event, built one way for the save pipeline, the API's commands and the worker's scans
/// alike: named by its record type, tied to the record's case, and for participants-only records carrying their
/// participants, who are then its whole audience.
/// </summary>
public static class LiveEvents
{
    /// <summary>An event about a record at hand: its case and, where the type hears by participants, its listeners are read off it.</summary>
    public static OutboxMessage About(RecordType type, ClinicalRecord record, string eventType, DateTimeOffset at) =>
        About(type, record.Id, type.CaseOf(record), eventType, at, type.Audience.ParticipantsOf(record));

    /// <summary>An event about a record known by its ids only (a deadline found by a set-based scan); such records hear by the case's reach.</summary>
    public static OutboxMessage About(RecordType type, Guid recordId, Guid petId, string eventType, DateTimeOffset at, Guid[]? alsoHeardBy = null,
        bool affectsIntakeQueue = false) => new()
    {
        Type = eventType,
        EntityType = type.Name,
        EntityId = recordId,
        PetId = petId,
        AffectsIntakeQueue = affectsIntakeQueue,
        AlsoHeardBy = alsoHeardBy ?? [],
        CreatedAt = at,
    };
}

using VetCrm.Data.Entities;

namespace VetCrm.Data.Records;

/// <summary>
/// Who hears of a record type's live events. Most records are news to everyone who reaches their case; a conversation is
/// news only to the people taking part in it, named by the saved record itself, so its events carry their listeners from
/// the save that raised them and the dispatcher needs no second look at the database.
/// </summary>
public sealed class RecordAudience
{
    private readonly Func<ClinicalRecord, IEnumerable<Guid>>? participants;

    private RecordAudience(Func<ClinicalRecord, IEnumerable<Guid>>? participants) => this.participants = participants;

    /// <summary>Everyone who reaches the record's case, and the event's own extra listeners.</summary>
    public static RecordAudience CaseReach { get; } = new(null);

    /// <summary>Exactly the people <paramref name="participants"/> reads off the saved record (with its tracked children), however far the case reaches.</summary>
    public static RecordAudience ParticipantsOnly(Func<ClinicalRecord, IEnumerable<Guid>> participants) => new(participants);

    public bool IsParticipantsOnly => participants is not null;

    /// <summary>The people taking part in the record, each once; none for case-reach records.</summary>
    public Guid[] ParticipantsOf(ClinicalRecord record) => participants is null ? [] : [.. participants(record).Distinct()];
}

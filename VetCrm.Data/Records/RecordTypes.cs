using VetCrm.Data.Entities;

namespace VetCrm.Data.Records;

/// <summary>The clinical record types; a new record type is one more entry here.</summary>
public static class RecordTypes
{
    public static readonly RecordType Pet = new()
    {
        Name = "pet",
        Entity = typeof(Pet),
        CaseOf = record => record.Id,
        // A new pet arrives with its referral's event; an edit (a reassigned specialist above all) is news of its own.
        ChangedEvent = LiveEventTypes.PetChanged,
        Assignment = new AssignmentEvent(nameof(Entities.Pet.AssignedSpecialistId), LiveEventTypes.CaseAssigned),
    };

    public static readonly RecordType Referral = new()
    {
        Name = "referral",
        Entity = typeof(Referral),
        Status = new StatusWorkflow(nameof(Entities.Referral.Status), "status", ReferralStatuses.All, ReferralStatuses.Moves),
        CaseOf = record => ((Referral)record).PetId,
        CreatedEvent = LiveEventTypes.ReferralCreated,
        ChangedEvent = LiveEventTypes.ReferralChanged,
        FeedsIntakeQueue = true,
    };

    /// <summary>Plans have no prescribed workflow: any move to another status is allowed and recorded.</summary>
    public static readonly RecordType TreatmentPlan = new()
    {
        Name = "treatmentPlan",
        Entity = typeof(TreatmentPlan),
        Status = new StatusWorkflow(nameof(Entities.TreatmentPlan.PlanStatus), "planStatus", PlanStatuses.All, moves: null),
        CaseOf = record => ((TreatmentPlan)record).PetId,
        CreatedEvent = LiveEventTypes.PlanChanged,
        ChangedEvent = LiveEventTypes.PlanChanged,
    };

    /// <summary>Logs are announced when written; a later correction is not news on anyone's timeline.</summary>
    public static readonly RecordType InteractionLog = new()
    {
        Name = "interactionLog",
        Entity = typeof(InteractionLog),
        CaseOf = record => ((InteractionLog)record).PetId,
        CreatedEvent = LiveEventTypes.InteractionLogged,
    };

    /// <summary>Bookings of a specialist and a room; every booking and every change is announced, so calendars update live.</summary>
    public static readonly RecordType Appointment = new()
    {
        Name = "appointment",
        Entity = typeof(Appointment),
        Status = new StatusWorkflow(nameof(Entities.Appointment.Status), "status", AppointmentStatuses.All, AppointmentStatuses.Moves),
        CaseOf = record => ((Appointment)record).PetId,
        CreatedEvent = LiveEventTypes.AppointmentBooked,
        ChangedEvent = LiveEventTypes.AppointmentChanged,
        Attendee = nameof(Entities.Appointment.SpecialistId),
    };

    public static readonly RecordType CareTask = new()
    {
        Name = "task",
        Entity = typeof(CareTask),
        Status = new StatusWorkflow(nameof(Entities.CareTask.Status), "status", TaskStatuses.All, TaskStatuses.Moves),
        CaseOf = record => ((CareTask)record).PetId,
        CreatedEvent = LiveEventTypes.TaskCreated,
        ChangedEvent = LiveEventTypes.TaskChanged,
        Assignment = new AssignmentEvent(nameof(Entities.CareTask.AssigneeId), LiveEventTypes.TaskAssigned),
    };

    /// <summary>Scores on a case's charts: a new one and a correction are both announced, so the chart updates live.</summary>
    public static readonly RecordType ClinicalScore = new()
    {
        Name = "score",
        Entity = typeof(ClinicalScore),
        CaseOf = record => ((ClinicalScore)record).PetId,
        CreatedEvent = LiveEventTypes.ScoreRecorded,
        ChangedEvent = LiveEventTypes.ScoreChanged,
    };

    /// <summary>The hospital's lendable equipment: audited like every record, but part of no case, so it raises no live events.</summary>
    public static readonly RecordType EquipmentItem = new()
    {
        Name = "equipmentItem",
        Entity = typeof(EquipmentItem),
        CaseOf = _ => throw new InvalidOperationException("An equipment item belongs to no case."),
    };

    /// <summary>Equipment out with a pet; lending, returns and changed due dates are announced to the case and the equipment page.</summary>
    public static readonly RecordType EquipmentLoan = new()
    {
        Name = "equipmentLoan",
        Entity = typeof(EquipmentLoan),
        Status = new StatusWorkflow(nameof(Entities.EquipmentLoan.Status), "status", LoanStatuses.All, LoanStatuses.Moves),
        CaseOf = record => ((EquipmentLoan)record).PetId,
        CreatedEvent = LiveEventTypes.LoanLent,
        ChangedEvent = LiveEventTypes.LoanChanged,
    };

    /// <summary>
    /// Threads and messages are announced to their participants only, not to the case's reach (admins included: they may
    /// read any thread for oversight, but a conversation is not news to them). A message is never edited.
    /// </summary>
    public static readonly RecordType MessageThread = new()
    {
        Name = "messageThread",
        Entity = typeof(MessageThread),
        CaseOf = record => ((MessageThread)record).PetId,
        CreatedEvent = LiveEventTypes.ThreadStarted,
        Audience = RecordAudience.ParticipantsOnly(record => ((MessageThread)record).Participants.Select(p => p.UserId)),
    };

    /// <summary>A message's participants are its sender and its recipients: every other participant of the thread when it was sent gets a receipt.</summary>
    public static readonly RecordType Message = new()
    {
        Name = "message",
        Entity = typeof(Message),
        CaseOf = record => ((Message)record).PetId,
        CreatedEvent = LiveEventTypes.MessageSent,
        Audience = RecordAudience.ParticipantsOnly(record => ((Message)record).Receipts.Select(r => r.RecipientId).Append(((Message)record).SenderId)),
    };

    public static readonly IReadOnlyList<RecordType> All =
        [Pet, Referral, TreatmentPlan, InteractionLog, Appointment, CareTask, ClinicalScore, EquipmentItem, EquipmentLoan, MessageThread, Message];

    private static readonly Dictionary<Type, RecordType> ByEntity = All.ToDictionary(t => t.Entity);
    private static readonly Dictionary<string, RecordType> ByName = All.ToDictionary(t => t.Name);

    public static RecordType Of(ClinicalRecord record) => ByEntity[record.GetType()];

    /// <summary>The record type of an audit row, history row or event; null for names that are not clinical records (e.g. "user").</summary>
    public static RecordType? Named(string name) => ByName.GetValueOrDefault(name);
}

using VetCrm.Data.Entities;

namespace VetCrm.Api.Notifications;

/// <summary>
/// The rule table: which live events become notices, and for whom. The recipient is read when the event is published
/// (the current assignee, not one from a moment ago), and must still see the record then.
/// </summary>
public static class NotificationRules
{
    public static readonly IReadOnlyDictionary<string, NotificationRule> ByEventType = new NotificationRule[]
    {
        // A case assigned to me: the pet's specialist was set (a new case) or changed to me.
        new(LiveEventTypes.CaseAssigned, NotificationKinds.CaseAssigned,
            db => db.Pets.Select(p => new NotificationSubject { EntityId = p.Id, RecipientId = p.AssignedSpecialistId, Title = "Case assigned to you: " + p.PetName + " (" + p.Species + ")" }),
            (cases, _, recipient) => cases.Pets(recipient)),
        new(LiveEventTypes.TaskAssigned, NotificationKinds.TaskAssigned,
            db => db.CareTasks.Where(t => t.Status != TaskStatuses.Done)
                .Select(t => new NotificationSubject { EntityId = t.Id, RecipientId = t.AssigneeId, Title = "Task for you: " + t.Title }),
            (_, tasks, recipient) => tasks.Tasks(recipient)),
        new(LiveEventTypes.TaskOverdue, NotificationKinds.TaskOverdue,
            db => db.CareTasks.Where(t => t.Status != TaskStatuses.Done)
                .Select(t => new NotificationSubject { EntityId = t.Id, RecipientId = t.AssigneeId, Title = "Task overdue: " + t.Title }),
            (_, tasks, recipient) => tasks.Tasks(recipient)),
        // The worker's overdue review → the plan's specialist, who owns its case.
        new(LiveEventTypes.PlanOverdue, NotificationKinds.PlanReviewOverdue,
            db => db.TreatmentPlans.Select(p => new NotificationSubject { EntityId = p.Id, RecipientId = p.Pet!.AssignedSpecialistId, Title = "Plan review overdue: " + p.PlanTitle }),
            (cases, _, recipient) => cases.TreatmentPlans(recipient)),
        // A booking in my calendar, and any change to it (rebooked, checked in, cancelled …) → the appointment's specialist.
        new(LiveEventTypes.AppointmentBooked, NotificationKinds.AppointmentBooked,
            db => db.Appointments.Select(a => new NotificationSubject { EntityId = a.Id, RecipientId = a.SpecialistId, Title = "Booked in your calendar: " + a.Pet!.PetName + ", " + a.Room!.Name }),
            (cases, _, recipient) => cases.Appointments(recipient)),
        new(LiveEventTypes.AppointmentChanged, NotificationKinds.AppointmentChanged,
            db => db.Appointments.Select(a => new NotificationSubject { EntityId = a.Id, RecipientId = a.SpecialistId, Title = "Appointment " + a.Status + ": " + a.Pet!.PetName + ", " + a.Room!.Name }),
            (cases, _, recipient) => cases.Appointments(recipient)),
        // A message in a thread I take part in → every participant but its sender (one notice each), while they reach the thread.
        new(LiveEventTypes.MessageSent, NotificationKinds.MessageReceived,
            db => db.Messages.SelectMany(m => m.Thread!.Participants.Where(p => p.UserId != m.SenderId), (m, p) => new NotificationSubject
            {
                EntityId = m.Id, RecipientId = p.UserId, Title = "Message from " + m.Sender!.FullName + ": " + m.Thread!.Subject,
            }),
            (cases, _, recipient) => cases.Messages(recipient)),
    }.ToDictionary(rule => rule.EventType);
}

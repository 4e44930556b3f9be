namespace VetCrm.Data.Entities;

public static class LiveEventTypes
{
    public const string PetChanged = "pet.changed";
    public const string ReferralCreated = "referral.created";
    public const string ReferralChanged = "referral.changed";
    public const string InteractionLogged = "interaction.logged";
    public const string PlanChanged = "plan.changed";
    public const string PlanOverdue = "plan.overdue";
    public const string AppointmentBooked = "appointment.booked";
    public const string AppointmentChanged = "appointment.changed";
    /// <summary>A pet's assigned specialist was set (a new case) or changed.</summary>
    public const string CaseAssigned = "case.assigned";
    public const string TaskCreated = "task.created";
    public const string TaskChanged = "task.changed";
    /// <summary>A task's assignee was set (a new task) or changed.</summary>
    public const string TaskAssigned = "task.assigned";
    public const string TaskOverdue = "task.overdue";
    public const string ScoreRecorded = "score.recorded";
    public const string ScoreChanged = "score.changed";
    public const string LoanLent = "loan.lent";
    public const string LoanChanged = "loan.changed";
    public const string ThreadStarted = "thread.started";
    public const string MessageSent = "message.sent";
    /// <summary>A recipient's delivered or read receipt changed; the entity is the thread, so its participants re-read it.</summary>
    public const string MessageReceipt = "message.receipt";
    /// <summary>Sent to the recipient's user group only, never through the outbox's case audiences.</summary>
    public const string NotificationCreated = "notification.created";
}

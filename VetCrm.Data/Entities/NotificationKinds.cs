namespace VetCrm.Data.Entities;

public static class NotificationKinds
{
    public const string CaseAssigned = "caseAssigned";
    public const string TaskAssigned = "taskAssigned";
    public const string TaskOverdue = "taskOverdue";
    public const string PlanReviewOverdue = "planReviewOverdue";
    public const string AppointmentBooked = "appointmentBooked";
    public const string AppointmentChanged = "appointmentChanged";
    public const string MessageReceived = "messageReceived";
    public static readonly string[] All = [CaseAssigned, TaskAssigned, TaskOverdue, PlanReviewOverdue, AppointmentBooked, AppointmentChanged, MessageReceived];
}

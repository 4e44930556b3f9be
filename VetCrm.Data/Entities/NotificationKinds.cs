namespace VetCrm.Data.Entities;

public static class NotificationKinds
{
    public const string CaseAssigned = "caseAssigned";
    public const string TaskAssigned = "taskAssigned";
    public const string TaskOverdue = "taskOverdue";
    public const string PlanReviewOverdue = "planReviewOverdue";
    public static readonly string[] All = [CaseAssigned, TaskAssigned, TaskOverdue, PlanReviewOverdue];
}

namespace VetCrm.Data.Entities;

public static class PlanStatuses
{
    public const string Draft = "draft";
    public const string Active = "active";
    public const string OnHold = "onHold";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public static readonly string[] All = [Draft, Active, OnHold, Completed, Cancelled];
}

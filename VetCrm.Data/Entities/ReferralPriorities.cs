namespace VetCrm.Data.Entities;

public static class ReferralPriorities
{
    public const string Emergency = "emergency";
    public const string Urgent = "urgent";
    public const string Routine = "routine";
    public static readonly string[] All = [Emergency, Urgent, Routine];
}

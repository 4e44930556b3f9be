namespace VetCrm.Data.Entities;

/// <summary>Staff roles, stored as text and guarded by a CHECK constraint like every value set here.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Specialist = "specialist";
    public const string Coordinator = "coordinator";
    public const string ClientCare = "clientCare";
    public static readonly string[] All = [Admin, Specialist, Coordinator, ClientCare];
}

public static class ReferralPriorities
{
    public const string Emergency = "emergency";
    public const string Urgent = "urgent";
    public const string Routine = "routine";
    public static readonly string[] All = [Emergency, Urgent, Routine];
}

public static class ReferralStatuses
{
    public const string Received = "received";
    public const string Triaged = "triaged";
    public const string Scheduled = "scheduled";
    public const string InTreatment = "inTreatment";
    public const string Closed = "closed";
    public const string Declined = "declined";
    public static readonly string[] All = [Received, Triaged, Scheduled, InTreatment, Closed, Declined];

    /// <summary>The moves a referral may make; <see cref="Records.RecordTypes.Referral"/> turns them into its workflow.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Moves = new Dictionary<string, string[]>
    {
        [Received] = [Triaged, Declined],
        [Triaged] = [Scheduled, Declined],
        [Scheduled] = [InTreatment],
        [InTreatment] = [Closed],
        [Closed] = [],
        [Declined] = [],
    };
}

public static class PlanStatuses
{
    public const string Draft = "draft";
    public const string Active = "active";
    public const string OnHold = "onHold";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public static readonly string[] All = [Draft, Active, OnHold, Completed, Cancelled];
}

public static class InteractionTypes
{
    public const string Call = "call";
    public const string Consult = "consult";
    public const string Note = "note";
    public const string Reminder = "reminder";
    public const string Email = "email";
    public static readonly string[] All = [Call, Consult, Note, Reminder, Email];
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Archive = "archive";
    public const string StatusChange = "statusChange";
    public const string Read = "read";
    public const string Login = "login";
    public const string LoginFailed = "loginFailed";
    public const string Logout = "logout";
    public const string RoleChange = "roleChange";
}

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

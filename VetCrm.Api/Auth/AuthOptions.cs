namespace VetCrm.Api.Auth;

/// <summary>First-start accounts, bound from <c>Bootstrap</c> (the AppHost passes <c>Bootstrap__AdminPassword</c>).</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";
    public string AdminUserName { get; set; } = "admin";
    public string AdminEmail { get; set; } = "admin@vetcrm.local";
    /// <summary>When empty, a password is generated and logged once.</summary>
    public string? AdminPassword { get; set; }
}

/// <summary>Policy names used on endpoint groups.</summary>
public static class Policies
{
    /// <summary>Signed in and given a role: the gate to every clinical endpoint (no role → 403).</summary>
    public const string Staff = "staff";
    public const string Admin = "admin";
}

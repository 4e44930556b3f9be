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

namespace VetCrm.Api.Auth;

/// <summary>Policy names used on endpoint groups.</summary>
public static class Policies
{
    /// <summary>Signed in and given a role: the gate to every clinical endpoint (no role → 403).</summary>
    public const string Staff = "staff";
    public const string Admin = "admin";
}

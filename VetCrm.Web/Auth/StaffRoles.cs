using System.Security.Claims;

namespace VetCrm.Web.Auth;

/// <summary>Role names (as the API stores them) and what the signed-in user is, read from the cookie's claims.</summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string Specialist = "specialist";
    public const string Coordinator = "coordinator";
    public const string ClientCare = "clientCare";
    public const string AdminPolicy = "admin";
    public const string FullNameClaim = "full_name";

    public static Guid UserId(this ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(FullNameClaim) ?? user.Identity?.Name ?? "";

    /// <summary>Client care may not read diagnosis or medication notes (SPEC §3).</summary>
    public static bool SeesClinicalNotes(this ClaimsPrincipal user) => IsClinical(user);

    /// <summary>Client care sees pets, plans and logs, but no referrals (SPEC §3).</summary>
    public static bool SeesReferrals(this ClaimsPrincipal user) => IsClinical(user);

    public static bool MayTakeInReferrals(this ClaimsPrincipal user) => user.Role() is Admin or Coordinator;

    public static bool MayWritePlans(this ClaimsPrincipal user) => user.Role() is Admin or Specialist;

    private static bool IsClinical(ClaimsPrincipal user) => user.Role() is Admin or Specialist or Coordinator;
}

using System.Security.Claims;

namespace VetCrm.Web.Auth;

/// <summary>
/// What the signed-in user is and may do, read from the session cookie's claims. The actions and interaction types come
/// from the API (<c>GET /api/auth/me</c>), which owns the access rules; the web only shows what they allow.
/// </summary>
public static class StaffClaims
{
    public const string AdminPolicy = "admin";
    public const string FullNameClaim = "full_name";
    public const string ActionClaim = "vetcrm_action";
    public const string InteractionTypeClaim = "vetcrm_interaction_type";

    /// <summary>Role names, for choosing which of the home page's work lists to show.</summary>
    public const string SpecialistRole = "specialist";
    public const string CoordinatorRole = "coordinator";

    public static Guid UserId(this ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(FullNameClaim) ?? user.Identity?.Name ?? "";

    /// <summary>Whether the API allows the user this action (e.g. <c>createReferral</c>, <c>readAudit</c>).</summary>
    public static bool May(this ClaimsPrincipal user, string action) => user.HasClaim(ActionClaim, action);

    public static IReadOnlyList<string> InteractionTypes(this ClaimsPrincipal user) => [.. user.FindAll(InteractionTypeClaim).Select(c => c.Value)];
}

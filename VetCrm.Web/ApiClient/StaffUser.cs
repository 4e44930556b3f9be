namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

public sealed record StaffUser
{
    public Guid Id { get; init; }
    public string? Username { get; init; }
    public string? Email { get; init; }
    public string? Role { get; init; }
    public string? FullName { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>What the user's role allows (only on <c>/api/auth/me</c>).</summary>
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
    /// <summary>The interaction types the user may log (only on <c>/api/auth/me</c>).</summary>
    public IReadOnlyList<string> InteractionTypes { get; init; } = [];

    /// <summary>What staff call this person; a bare reference shows as "staff member".</summary>
    public string DisplayName => FullName ?? Username ?? "staff member";
}

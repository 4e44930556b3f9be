namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase). A reference arrives as {"id": "…"} and, with
// include=…, as the whole record in place; so referenced records use the same types with their other fields left at
// their defaults when not included. allowedActions and nextStatuses say what the signed-in user may do with a record:
// the web shows buttons by them instead of knowing the access rules or the state machines.

public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

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

public sealed record Pet
{
    public Guid Id { get; init; }
    public string PetName { get; init; } = "";
    public string Species { get; init; } = "";
    public string? Breed { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string MedicalHistorySummary { get; init; } = "";
    public string OwnerName { get; init; } = "";
    public string OwnerPhone { get; init; } = "";
    public string? PrimaryVetClinic { get; init; }
    public StaffUser? AssignedSpecialist { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
}

public sealed record Referral
{
    public Guid Id { get; init; }
    public string ReferralNumber { get; init; } = "";
    public Pet? Pet { get; init; }
    public string ReferringClinic { get; init; } = "";
    public string ReferralReason { get; init; } = "";
    public string Status { get; init; } = "";
    public StaffUser? ReceivedBy { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string Priority { get; init; } = "";
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
    public IReadOnlyList<string> NextStatuses { get; init; } = [];
}

/// <summary>A plan; DiagnosisNotes and MedicationNotes are absent (null) for client care, who may not read them.</summary>
public sealed record TreatmentPlan
{
    public Guid Id { get; init; }
    public string PlanTitle { get; init; } = "";
    public Pet? Pet { get; init; }
    public Referral? Referral { get; init; }
    public string? DiagnosisNotes { get; init; }
    public string PlanStatus { get; init; } = "";
    public DateOnly? NextReviewDate { get; init; }
    public string? MedicationNotes { get; init; }
    public string ClientInstructions { get; init; } = "";
    public StaffUser? CreatedBy { get; init; }
    public int Revision { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];
    public IReadOnlyList<string> NextStatuses { get; init; } = [];
}

public sealed record Interaction
{
    public Guid Id { get; init; }
    public Pet? Pet { get; init; }
    public Referral? Referral { get; init; }
    public TreatmentPlan? TreatmentPlan { get; init; }
    public StaffUser? User { get; init; }
    public string InteractionType { get; init; } = "";
    public string Summary { get; init; } = "";
    public bool FollowUpNeeded { get; init; }
    public DateTimeOffset InteractionAt { get; init; }
}

public sealed record StatusChange(Guid Id, string Field, string? FromValue, string ToValue, StaffUser? ChangedBy, string? ChangeReason, DateTimeOffset ChangedAt);

public sealed record PlanVersion(int VersionNumber, StaffUser? SavedBy, DateTimeOffset SavedAt, string[] ChangedFields, System.Text.Json.Nodes.JsonObject Snapshot);

public sealed record AuditEntry
{
    public Guid Id { get; init; }
    public string? ActorName { get; init; }
    public string Action { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string? EntityId { get; init; }
    public string Summary { get; init; } = "";
    public System.Text.Json.JsonElement? Metadata { get; init; }
    public DateTimeOffset At { get; init; }
}

/// <summary>One pet's whole case as the case page shows it, read in one call.</summary>
public sealed record CaseFile(Pet Pet, IReadOnlyList<CaseReferral>? Referrals, IReadOnlyList<CasePlan> Plans, IReadOnlyList<Interaction> Timeline, IReadOnlyList<string> AllowedActions);

public sealed record CaseReferral(Referral Referral, IReadOnlyList<StatusChange> StatusHistory);

public sealed record CasePlan(TreatmentPlan Plan, IReadOnlyList<PlanVersion> Versions);

public sealed record AccessTokens(string AccessToken, string? RefreshToken);

/// <summary>The value sets of the records, for select lists and filters, and how values read on screen.</summary>
public static class ValueSets
{
    public static readonly string[] Roles = ["admin", "specialist", "coordinator", "clientCare"];
    public static readonly string[] Priorities = ["emergency", "urgent", "routine"];
    public static readonly string[] ReferralStatuses = ["received", "triaged", "scheduled", "inTreatment", "closed", "declined"];
    public static readonly string[] PlanStatuses = ["draft", "active", "onHold", "completed", "cancelled"];
    public static readonly string[] InteractionTypes = ["call", "consult", "note", "reminder", "email"];

    /// <summary>"inTreatment" → "In treatment", "clientCare" → "Client care".</summary>
    public static string Label(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "—";
        var words = System.Text.RegularExpressions.Regex.Replace(value, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}

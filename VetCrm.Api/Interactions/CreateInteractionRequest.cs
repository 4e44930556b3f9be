using VetCrm.Api.Common;

namespace VetCrm.Api.Interactions;

/// <summary>A call, consult, note, email or reminder on a pet's timeline; user defaults to the caller and interactionAt to now.</summary>
public sealed record CreateInteractionRequest(
    RecordRef? Pet, RecordRef? Referral, RecordRef? TreatmentPlan, RecordRef? User, string? InteractionType, string? Summary,
    bool? FollowUpNeeded, DateTimeOffset? InteractionAt);

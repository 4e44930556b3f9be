using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Interactions;

/// <summary>A call, consult, note, email or reminder on a pet's timeline; user defaults to the caller and interactionAt to now.</summary>
public sealed record CreateInteractionRequest(
    [property: Required] RecordRef? Pet,
    RecordRef? Referral,
    RecordRef? TreatmentPlan,
    RecordRef? User,
    [property: Required, ValueSet(typeof(InteractionTypes))] string? InteractionType,
    [property: Required, MaxLength(4000)] string? Summary,
    [property: Required] bool? FollowUpNeeded,
    DateTimeOffset? InteractionAt);

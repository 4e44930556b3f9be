using VetCrm.Api.Common;

namespace VetCrm.Api.Interactions;

public sealed record InteractionListRequest(
    Guid? Pet, Guid? Referral, Guid? TreatmentPlan, Guid? User, string? InteractionType, bool? FollowUpNeeded, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

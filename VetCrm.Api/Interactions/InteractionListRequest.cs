using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Interactions;

public sealed record InteractionListRequest(
    Guid? Pet, Guid? Referral, Guid? TreatmentPlan, Guid? User, [ValueSet(typeof(InteractionTypes))] string? InteractionType, bool? FollowUpNeeded, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

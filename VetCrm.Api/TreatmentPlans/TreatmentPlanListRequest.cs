using VetCrm.Api.Common;

namespace VetCrm.Api.TreatmentPlans;

/// <param name="ReviewDue">true: only plans whose nextReviewDate has passed.</param>
public sealed record TreatmentPlanListRequest(
    Guid? Pet, Guid? Referral, string? PlanStatus, Guid? CreatedBy, bool? ReviewDue, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

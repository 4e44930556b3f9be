using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.TreatmentPlans;

/// <param name="ReviewDue">true: only plans whose nextReviewDate has passed.</param>
/// <param name="Review"><c>overdue</c> (the review date has passed) or <c>dueSoon</c> (it comes within a week).</param>
public sealed record TreatmentPlanListRequest(
    Guid? Pet, Guid? Referral, [ValueSet(typeof(PlanStatuses))] string? PlanStatus, Guid? CreatedBy, bool? ReviewDue, [ValueSet(typeof(PlanReviews), nameof(PlanReviews.States))] string? Review, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

using System.Linq.Expressions;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Records;

/// <summary>When a plan's review counts as overdue or due soon: the worker's counts and the staff's review lists agree by using these.</summary>
public static class PlanReviews
{
    public const int DueSoonDays = 7;

    public const string Overdue = "overdue";
    public const string DueSoon = "dueSoon";
    public static readonly string[] States = [Overdue, DueSoon];

    public static Expression<Func<TreatmentPlan, bool>> IsOverdue(DateOnly today) => p => p.NextReviewDate < today;

    public static Expression<Func<TreatmentPlan, bool>> IsDueSoon(DateOnly today, int days = DueSoonDays)
    {
        var last = today.AddDays(days);
        return p => p.NextReviewDate >= today && p.NextReviewDate <= last;
    }
}

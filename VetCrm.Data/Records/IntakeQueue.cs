using System.Linq.Expressions;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Records;

/// <summary>
/// The intake queue: referrals nobody has scheduled or declined yet. Its one definition feeds the queue list, the
/// coordinators' reach, the live events every triage board receives and the partial index that serves the queue.
/// </summary>
public static class IntakeQueue
{
    public static readonly string[] Statuses = [ReferralStatuses.Received, ReferralStatuses.Triaged];

    /// <summary>The status is one of the queue's, as an OR of constants so PostgreSQL matches the partial index.</summary>
    public static readonly Expression<Func<Referral, bool>> HasQueueStatus = BuildHasQueueStatus();

    /// <summary>In the queue now: a queue status and not archived.</summary>
    public static readonly Expression<Func<Referral, bool>> Contains = BuildContains();

    /// <summary>The filter of the queue's partial index, in SQL.</summary>
    public static readonly string IndexFilter = $"status IN ({string.Join(", ", Statuses.Select(s => $"'{s}'"))}) AND archived_at IS NULL";

    /// <summary>A queue status, or else <paramref name="other"/>: one predicate, so the database answers it in one pass.</summary>
    public static Expression<Func<Referral, bool>> HasQueueStatusOr(Expression<Func<Referral, bool>> other)
    {
        var referral = HasQueueStatus.Parameters[0];
        var otherBody = new ParameterSwap(other.Parameters[0], referral).Visit(other.Body);
        return Expression.Lambda<Func<Referral, bool>>(Expression.OrElse(HasQueueStatus.Body, otherBody), referral);
    }

    public static bool IsQueueStatus(string? status) => status is not null && Statuses.Contains(status);

    private static Expression<Func<Referral, bool>> BuildHasQueueStatus()
    {
        var referral = Expression.Parameter(typeof(Referral), "r");
        var status = Expression.Property(referral, nameof(Referral.Status));
        var anyOf = Statuses.Select(s => (Expression)Expression.Equal(status, Expression.Constant(s))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Referral, bool>>(anyOf, referral);
    }

    private static Expression<Func<Referral, bool>> BuildContains()
    {
        var referral = HasQueueStatus.Parameters[0];
        var notArchived = Expression.Equal(Expression.Property(referral, nameof(ClinicalRecord.ArchivedAt)), Expression.Constant(null, typeof(DateTimeOffset?)));
        return Expression.Lambda<Func<Referral, bool>>(Expression.AndAlso(HasQueueStatus.Body, notArchived), referral);
    }

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

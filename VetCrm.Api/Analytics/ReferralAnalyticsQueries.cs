using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Commands;
using VetCrm.Data;

namespace VetCrm.Api.Analytics;

/// <summary>
/// Referral analytics (admin): volume, conversion, turnaround and decline reasons per referring clinic and month,
/// aggregated by PostgreSQL in one statement. Turnaround is taken from the status history, so it is what happened, not
/// what a record says now. HTTP-free, for REST, GraphQL and the web.
/// </summary>
public sealed class ReferralAnalyticsQueries(VetCrmDbContext db, TimeProvider time)
{
    private const int MaxMonths = 60;
    private const int MaxReasons = 20;

    public async Task<(ReferralAnalyticsView? View, FieldErrors Errors)> ReadAsync(ReferralAnalyticsRequest request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var to = request.To ?? new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var from = request.From ?? AddMonthsWithinCalendar(to, -12);
        var check = new FieldChecks();
        if (from >= to && request.To is null) check.Add("from", $"must be before to ({to:yyyy-MM-dd}: the first day of next month unless given).");
        else if (from >= to) check.Add("to", $"must be after from ({from:yyyy-MM-dd}).");
        else if (AddMonthsWithinCalendar(from, MaxMonths) < to) check.Add("from", $"must be at most {MaxMonths / 12} years before to ({to:yyyy-MM-dd}).");
        if (check.Failed) return (null, check.Errors);

        var (start, end) = (Utc(from), Utc(to));
        var groups = await db.Database.SqlQuery<FiguresRow>($"""
            WITH window_referrals AS (
                SELECT r.referring_clinic, date_trunc('month', r.received_at AT TIME ZONE 'UTC')::date AS month, r.status, r.received_at,
                       moves.triaged_at, moves.booked_at
                  FROM referrals r
                  CROSS JOIN LATERAL (
                       SELECT min(c.changed_at) FILTER (WHERE c.to_value = 'triaged') AS triaged_at,
                              min(c.changed_at) FILTER (WHERE c.to_value = 'scheduled') AS booked_at
                         FROM status_changes c
                        WHERE c.entity_type = 'referral' AND c.entity_id = r.id) moves
                 WHERE r.archived_at IS NULL AND r.received_at >= {start} AND r.received_at < {end})
            SELECT referring_clinic AS "Clinic", month AS "Month", count(*)::int AS "Received",
                   count(*) FILTER (WHERE status = 'declined')::int AS "Declined",
                   count(*) FILTER (WHERE status IN ('scheduled', 'inTreatment', 'closed'))::int AS "Booked",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM triaged_at - received_at)::float8 / 3600) AS "MedianHoursToTriage",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM booked_at - received_at)::float8 / 3600) AS "MedianHoursToBooking"
              FROM window_referrals
             GROUP BY GROUPING SETS ((referring_clinic, month), (referring_clinic), ())
            """).ToListAsync(cancellationToken);
        var reasons = await db.Database.SqlQuery<ReasonRow>($"""
            SELECT btrim(c.change_reason) AS "Reason", count(*)::int AS "Count"
              FROM status_changes c JOIN referrals r ON r.id = c.entity_id
             WHERE c.entity_type = 'referral' AND c.to_value = 'declined' AND r.archived_at IS NULL
               AND r.received_at >= {start} AND r.received_at < {end} AND c.change_reason IS NOT NULL
             GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {MaxReasons}
            """).ToListAsync(cancellationToken);

        var months = groups.Where(g => g.Month is not null).ToLookup(g => g.Clinic);
        var clinics = groups.Where(g => g.Clinic is not null && g.Month is null)
            .OrderByDescending(g => g.Received).ThenBy(g => g.Clinic, StringComparer.Ordinal)
            .Select(clinic => new ClinicReferralFigures(clinic.Clinic!, clinic.Figures(),
                [.. months[clinic.Clinic].OrderBy(g => g.Month).Select(g => new MonthReferralFigures(g.Month!.Value, g.Figures()))]))
            .ToList();
        var total = groups.SingleOrDefault(g => g.Clinic is null)?.Figures() ?? new ReferralFigures(0, 0, 0, 0, 0, null, null);
        return (new ReferralAnalyticsView(from, to, total, clinics, [.. reasons.Select(r => new DeclineReasonCount(r.Reason, r.Count))]), check.Errors);
    }

    /// <summary>The date <paramref name="months"/> later (earlier when negative), held to the first and last day a date can be.</summary>
    private static DateOnly AddMonthsWithinCalendar(DateOnly date, int months)
    {
        var month = date.Year * 12 + date.Month - 1 + months;
        if (month < 12) return DateOnly.MinValue;
        if (month >= 10000 * 12) return DateOnly.MaxValue;
        return new DateOnly(month / 12, month % 12 + 1, Math.Min(date.Day, DateTime.DaysInMonth(month / 12, month % 12 + 1)));
    }

    private static DateTimeOffset Utc(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private sealed class ReasonRow
    {
        public required string Reason { get; init; }
        public int Count { get; init; }
    }

    /// <summary>One grouping set's row: a clinic's month, a clinic's whole window (no month), or the whole window (neither).</summary>
    private sealed class FiguresRow
    {
        public string? Clinic { get; init; }
        public DateOnly? Month { get; init; }
        public int Received { get; init; }
        public int Declined { get; init; }
        public int Booked { get; init; }
        public double? MedianHoursToTriage { get; init; }
        public double? MedianHoursToBooking { get; init; }

        public ReferralFigures Figures() => new(Received, Declined, Booked, Received - Declined - Booked,
            Received == 0 ? 0 : Math.Round((double)Booked / Received, 3), Round(MedianHoursToTriage), Round(MedianHoursToBooking));

        private static double? Round(double? hours) => hours is { } value ? Math.Round(value, 1) : null;
    }
}

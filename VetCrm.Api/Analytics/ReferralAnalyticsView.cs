namespace VetCrm.Api.Analytics;

/// <summary>Referrals received in [from, to), per referring clinic and per month (UTC), and why declined ones were declined.</summary>
/// <param name="Clinics">Every clinic that referred in the window, the busiest first.</param>
/// <param name="DeclineReasons">The reasons given when referrals of the window were declined, the most frequent first (at most 20).</param>
public sealed record ReferralAnalyticsView(DateOnly From, DateOnly To, ReferralFigures Total, IReadOnlyList<ClinicReferralFigures> Clinics,
    IReadOnlyList<DeclineReasonCount> DeclineReasons);

/// <param name="ReferringClinic">The clinic as the referrals name it.</param>
/// <param name="Months">The months in which the clinic referred, oldest first.</param>
public sealed record ClinicReferralFigures(string ReferringClinic, ReferralFigures Total, IReadOnlyList<MonthReferralFigures> Months);

/// <param name="Month">The month's first day.</param>
public sealed record MonthReferralFigures(DateOnly Month, ReferralFigures Figures);

/// <param name="Received">Referrals received.</param>
/// <param name="Declined">Of those, declined.</param>
/// <param name="Booked">Of those, booked: scheduled, in treatment or closed.</param>
/// <param name="Open">Of those, still received or triaged.</param>
/// <param name="ConversionRate">Booked ÷ received, 0 to 1.</param>
/// <param name="MedianHoursToTriage">Median hours from receipt to triage, of those triaged; null when none was.</param>
/// <param name="MedianHoursToBooking">Median hours from receipt to booking, of those booked; null when none was.</param>
public sealed record ReferralFigures(int Received, int Declined, int Booked, int Open, double ConversionRate, double? MedianHoursToTriage, double? MedianHoursToBooking);

public sealed record DeclineReasonCount(string Reason, int Count);

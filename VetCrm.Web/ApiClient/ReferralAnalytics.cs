namespace VetCrm.Web.ApiClient;

public sealed record ReferralAnalytics(DateOnly From, DateOnly To, ReferralFigures Total, IReadOnlyList<ClinicReferralFigures> Clinics, IReadOnlyList<DeclineReasonCount> DeclineReasons);

public sealed record ClinicReferralFigures(string ReferringClinic, ReferralFigures Total, IReadOnlyList<MonthReferralFigures> Months);

public sealed record MonthReferralFigures(DateOnly Month, ReferralFigures Figures);

public sealed record ReferralFigures(int Received, int Declined, int Booked, int Open, double ConversionRate, double? MedianHoursToTriage, double? MedianHoursToBooking);

public sealed record DeclineReasonCount(string Reason, int Count);

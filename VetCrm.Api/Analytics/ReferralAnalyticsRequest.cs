namespace VetCrm.Api.Analytics;

/// <param name="From">First day counted (yyyy-MM-dd, UTC); default: the first day of the month eleven months ago.</param>
/// <param name="To">First day not counted; default: the first day of next month. At most five years after From.</param>
public sealed record ReferralAnalyticsRequest(DateOnly? From, DateOnly? To);

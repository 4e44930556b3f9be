using GraphQL.Types;
using VetCrm.Api.Analytics;

namespace VetCrm.Api.GraphQl;

public sealed class ReferralAnalyticsGraphType : ObjectGraphType<ReferralAnalyticsView>
{
    public ReferralAnalyticsGraphType()
    {
        Name = "ReferralAnalytics";
        Description = "Referrals received in [from, to), per referring clinic and per month (UTC), and why declined ones were declined.";
        Field(a => a.From);
        Field(a => a.To);
        Field(a => a.Total, type: typeof(NonNullGraphType<ReferralFiguresGraphType>));
        Field(a => a.Clinics, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ClinicReferralFiguresGraphType>>>)).Description("The busiest clinic first.");
        Field(a => a.DeclineReasons, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DeclineReasonCountGraphType>>>)).Description("The most frequent first, at most 20.");
    }
}

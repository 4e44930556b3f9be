using GraphQL.Types;
using VetCrm.Api.Analytics;

namespace VetCrm.Api.GraphQl;

public sealed class ClinicReferralFiguresGraphType : ObjectGraphType<ClinicReferralFigures>
{
    public ClinicReferralFiguresGraphType()
    {
        Name = "ClinicReferralFigures";
        Field(c => c.ReferringClinic);
        Field(c => c.Total, type: typeof(NonNullGraphType<ReferralFiguresGraphType>));
        Field(c => c.Months, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MonthReferralFiguresGraphType>>>)).Description("Oldest first.");
    }
}

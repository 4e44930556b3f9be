using GraphQL.Types;
using VetCrm.Api.Analytics;

namespace VetCrm.Api.GraphQl;

public sealed class MonthReferralFiguresGraphType : ObjectGraphType<MonthReferralFigures>
{
    public MonthReferralFiguresGraphType()
    {
        Name = "MonthReferralFigures";
        Field(m => m.Month).Description("The month's first day.");
        Field(m => m.Figures, type: typeof(NonNullGraphType<ReferralFiguresGraphType>));
    }
}

using GraphQL.Types;
using VetCrm.Api.Analytics;

namespace VetCrm.Api.GraphQl;

public sealed class ReferralFiguresGraphType : ObjectGraphType<ReferralFigures>
{
    public ReferralFiguresGraphType()
    {
        Name = "ReferralFigures";
        Field(f => f.Received);
        Field(f => f.Declined);
        Field(f => f.Booked).Description("Scheduled, in treatment or closed.");
        Field(f => f.Open).Description("Still received or triaged.");
        Field(f => f.ConversionRate).Description("Booked ÷ received, 0 to 1.");
        Field(f => f.MedianHoursToTriage, nullable: true);
        Field(f => f.MedianHoursToBooking, nullable: true);
    }
}

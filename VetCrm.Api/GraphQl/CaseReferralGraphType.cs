using GraphQL.Types;
using VetCrm.Api.Cases;

namespace VetCrm.Api.GraphQl;

public sealed class CaseReferralGraphType : ObjectGraphType<CaseReferralView>
{
    public CaseReferralGraphType()
    {
        Name = "CaseReferral";
        Field<NonNullGraphType<ReferralGraphType>>("referral").Resolve(context => context.Source.Referral);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusChangeGraphType>>>>("statusHistory").Resolve(context => context.Source.StatusHistory);
    }
}

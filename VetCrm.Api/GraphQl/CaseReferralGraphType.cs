using GraphQL.Types;
using VetCrm.Api.Cases;

namespace VetCrm.Api.GraphQl;

public sealed class CaseReferralGraphType : ObjectGraphType<CaseReferralView>
{
    public CaseReferralGraphType()
    {
        Name = "CaseReferral";
        Field<NonNullGraphType<ReferralGraphType>>("referral").ResolveFromSource(source => source.Referral);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusChangeGraphType>>>>("statusHistory").ResolveFromSource(source => source.StatusHistory);
    }
}

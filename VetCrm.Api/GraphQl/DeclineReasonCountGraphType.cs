using GraphQL.Types;
using VetCrm.Api.Analytics;

namespace VetCrm.Api.GraphQl;

public sealed class DeclineReasonCountGraphType : ObjectGraphType<DeclineReasonCount>
{
    public DeclineReasonCountGraphType()
    {
        Name = "DeclineReasonCount";
        Field(d => d.Reason);
        Field(d => d.Count);
    }
}

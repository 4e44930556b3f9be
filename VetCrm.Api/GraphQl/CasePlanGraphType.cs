using GraphQL.Types;
using VetCrm.Api.Cases;

namespace VetCrm.Api.GraphQl;

public sealed class CasePlanGraphType : ObjectGraphType<CasePlanView>
{
    public CasePlanGraphType()
    {
        Name = "CasePlan";
        Field<NonNullGraphType<TreatmentPlanGraphType>>("plan").ResolveFromSource(source => source.Plan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanVersionGraphType>>>>("versions").ResolveFromSource(source => source.Versions);
    }
}

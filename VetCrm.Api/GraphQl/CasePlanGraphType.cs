using GraphQL.Types;
using VetCrm.Api.Cases;

namespace VetCrm.Api.GraphQl;

public sealed class CasePlanGraphType : ObjectGraphType<CasePlanView>
{
    public CasePlanGraphType()
    {
        Name = "CasePlan";
        Field<NonNullGraphType<TreatmentPlanGraphType>>("plan").Resolve(context => context.Source.Plan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanVersionGraphType>>>>("versions").Resolve(context => context.Source.Versions);
    }
}

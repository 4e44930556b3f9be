using GraphQL.Types;
using VetCrm.Api.Cases;

namespace VetCrm.Api.GraphQl;

public sealed class CaseGraphType : ObjectGraphType<CaseView>
{
    public CaseGraphType()
    {
        Name = "Case";
        Description = "Everything about one pet before a consult: the pet, its referrals with status history, plans with versions, the timeline.";
        Field<NonNullGraphType<PetGraphType>>("pet").Resolve(context => context.Source.Pet);
        Field<ListGraphType<NonNullGraphType<CaseReferralGraphType>>>("referrals").Description("Null for callers who may not read referrals.")
            .Resolve(context => context.Source.Referrals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasePlanGraphType>>>>("plans").Resolve(context => context.Source.Plans);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InteractionGraphType>>>>("timeline").Resolve(context => context.Source.Timeline);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedActions")
            .Description("What you may add to the case: addReferral, addPlan, logInteraction.").Resolve(context => context.Source.AllowedActions);
    }
}

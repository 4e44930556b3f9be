using GraphQL.Types;
using VetCrm.Api.Cases;

namespace VetCrm.Api.GraphQl;

public sealed class CaseGraphType : ObjectGraphType<CaseView>
{
    public CaseGraphType()
    {
        Name = "Case";
        Description = "Everything about one pet before a consult: the pet, its referrals with status history, plans with versions, the timeline.";
        Field<NonNullGraphType<PetGraphType>>("pet").ResolveFromSource(source => source.Pet);
        Field<ListGraphType<NonNullGraphType<CaseReferralGraphType>>>("referrals").Description("Null for callers who may not read referrals.")
            .ResolveFromSource(source => source.Referrals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CasePlanGraphType>>>>("plans").ResolveFromSource(source => source.Plans);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InteractionGraphType>>>>("timeline").ResolveFromSource(source => source.Timeline);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedActions")
            .Description("What you may add to the case: addReferral, addPlan, logInteraction.").ResolveFromSource(source => source.AllowedActions);
    }
}

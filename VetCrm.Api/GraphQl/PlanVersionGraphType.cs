using GraphQL.Types;
using VetCrm.Api.TreatmentPlans;

namespace VetCrm.Api.GraphQl;

public sealed class PlanVersionGraphType : ObjectGraphType<TreatmentPlanVersionView>
{
    public PlanVersionGraphType()
    {
        Name = "PlanVersion";
        Description = "One saved version of a plan: number, who, when, what changed, and the plan as it was.";
        Field(v => v.VersionNumber);
        this.UserReference("savedBy", v => v.SavedBy, required: false);
        Field(v => v.SavedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields").ResolveFromSource(source => source.ChangedFields);
        Field<NonNullGraphType<JsonGraphType>>("snapshot").Description("The plan's fields as saved, as a JSON object.").ResolveFromSource(source => source.Snapshot);
    }
}

using GraphQL.Types;
using VetCrm.Api.Scores;

namespace VetCrm.Api.GraphQl;

public sealed class ScoreTypeGraphType : ObjectGraphType<ScoreTypeView>
{
    public ScoreTypeGraphType()
    {
        Name = "ScoreType";
        Description = "A clinical scale: numeric (min, max, step, unit) or categorical (categories in order), with an optional threshold.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Code);
        Field(t => t.Name);
        Field(t => t.Kind).Description("numeric or categorical.");
        Field(t => t.Min, nullable: true);
        Field(t => t.Max, nullable: true);
        Field(t => t.Step, nullable: true);
        Field(t => t.Unit, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("categories").ResolveFromSource(source => source.Categories);
        Field(t => t.Description, nullable: true);
        Field(t => t.Active);
        Field<ScoreThresholdGraphType>("threshold").ResolveFromSource(source => source.Threshold);
        Field(t => t.CreatedAt);
        Field(t => t.UpdatedAt);
        Field(t => t.Version);
        this.AllowedActions(t => t.AllowedActions);
    }
}

using GraphQL.Types;
using VetCrm.Api.Scores;

namespace VetCrm.Api.GraphQl;

public sealed class ScoreThresholdGraphType : ObjectGraphType<ScoreThreshold>
{
    public ScoreThresholdGraphType()
    {
        Name = "ScoreThreshold";
        Description = "When a score acts: at or above atLeast, at or below atMost, or one of categories raises taskTitle for the pet's specialist.";
        Field(t => t.AtLeast, nullable: true);
        Field(t => t.AtMost, nullable: true);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").ResolveFromSource(source => source.Categories);
        Field(t => t.TaskTitle, nullable: true);
        Field(t => t.DueInHours, nullable: true);
    }
}

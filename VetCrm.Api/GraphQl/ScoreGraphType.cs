using GraphQL.Types;
using VetCrm.Api.Scores;

namespace VetCrm.Api.GraphQl;

public sealed class ScoreGraphType : ObjectGraphType<ScoreView>
{
    public ScoreGraphType()
    {
        Name = "Score";
        Description = "A clinical score on a pet's case: value (numeric types) or category (categorical types).";
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PetReference(s => s.Pet);
        this.ReferralReference(s => s.Referral, required: false);
        this.Reference<ScoreView, ScoreTypeGraphType, ScoreTypeView>("scoreType", s => s.ScoreType, (_, batches) => batches.ScoreTypes);
        Field(s => s.ScoreDate);
        Field(s => s.Value, nullable: true);
        Field(s => s.Category, nullable: true);
        Field(s => s.Notes, nullable: true);
        this.UserReference("recordedBy", s => s.RecordedBy);
        Field<IdGraphType>("thresholdTaskId").Description("The task this score raised by crossing its type's threshold, if it did.")
            .ResolveFromSource(source => source.ThresholdTask?.Id);
        Field(s => s.CreatedAt);
        Field(s => s.UpdatedAt);
        Field(s => s.ArchivedAt, nullable: true);
        Field(s => s.Version).Description("Send it back with an update: a stale version is refused (CONFLICT).");
        this.AllowedActions(s => s.AllowedActions);
    }
}

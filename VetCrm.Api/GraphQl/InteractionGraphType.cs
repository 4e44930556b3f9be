using GraphQL.Types;
using VetCrm.Api.Interactions;

namespace VetCrm.Api.GraphQl;

public sealed class InteractionGraphType : ObjectGraphType<InteractionView>
{
    public InteractionGraphType()
    {
        Name = "Interaction";
        Description = "A call, consult, note, email or reminder on a pet's timeline.";
        Field(l => l.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PetReference(l => l.Pet);
        this.ReferralReference(l => l.Referral, required: false);
        this.TreatmentPlanReference(l => l.TreatmentPlan);
        this.UserReference("user", l => l.User);
        Field(l => l.InteractionType).Description("call, consult, note, email or reminder.");
        Field(l => l.Summary);
        Field(l => l.FollowUpNeeded);
        Field(l => l.InteractionAt);
        Field(l => l.CreatedAt);
        Field(l => l.UpdatedAt);
        Field(l => l.ArchivedAt, nullable: true);
        Field(l => l.Version).Description("Send it back with an update: a stale version is refused (CONFLICT).");
        this.AllowedActions(l => l.AllowedActions);
    }
}

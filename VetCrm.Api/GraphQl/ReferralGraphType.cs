using GraphQL.Types;
using VetCrm.Api.Referrals;
using VetCrm.Data.Records;

namespace VetCrm.Api.GraphQl;

public sealed class ReferralGraphType : ObjectGraphType<ReferralView>
{
    public ReferralGraphType()
    {
        Name = "Referral";
        Description = "A referral from a primary-care clinic.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.ReferralNumber);
        this.PetReference(r => r.Pet);
        Field(r => r.ReferringClinic);
        Field(r => r.ReferralReason);
        Field(r => r.Status).Description("received, triaged, scheduled, inTreatment, closed or declined; moves with changeReferralStatus.");
        this.UserReference("receivedBy", r => r.ReceivedBy);
        Field(r => r.ReceivedAt);
        Field(r => r.Priority).Description("emergency, urgent or routine.");
        Field(r => r.CreatedAt);
        Field(r => r.UpdatedAt);
        Field(r => r.ArchivedAt, nullable: true);
        Field(r => r.Version).Description("Send it back with an update: a stale version is refused (CONFLICT).");
        this.AllowedActions(r => r.AllowedActions);
        this.NextStatuses(r => r.NextStatuses, "referral");
        this.StatusHistory(RecordTypes.Referral, r => r.Id);
    }
}

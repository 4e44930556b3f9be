using GraphQL.Types;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Data.Records;

namespace VetCrm.Api.GraphQl;

public sealed class TreatmentPlanGraphType : ObjectGraphType<TreatmentPlanView>
{
    public TreatmentPlanGraphType()
    {
        Name = "TreatmentPlan";
        Description = "A treatment plan; every save keeps a version.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.PlanTitle);
        this.PetReference(p => p.Pet);
        this.ReferralReference(p => p.Referral);
        Field(p => p.DiagnosisNotes, nullable: true).Description("Clinical: always null for client care.");
        Field(p => p.PlanStatus).Description("draft, active, onHold, completed or cancelled.");
        Field(p => p.NextReviewDate, nullable: true);
        Field(p => p.MedicationNotes, nullable: true).Description("Clinical: always null for client care.");
        Field(p => p.ClientInstructions);
        this.UserReference("createdBy", p => p.CreatedBy);
        Field(p => p.Revision).Description("The number of the latest saved version.");
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedAt);
        Field(p => p.ArchivedAt, nullable: true);
        Field(p => p.Version).Description("Send it back with an update: a stale version is refused (CONFLICT).");
        this.AllowedActions(p => p.AllowedActions);
        this.NextStatuses(p => p.NextStatuses, "plan");
        this.StatusHistory(RecordTypes.TreatmentPlan, p => p.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanVersionGraphType>>>>("versions")
            .Description("Every saved version, oldest first (snapshots without clinical notes for client care).")
            .ResolveBatched(p => p.Id, (context, batches) => batches.Versions(context.Staff()));
    }
}

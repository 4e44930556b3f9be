using GraphQL.Types;
using VetCrm.Api.GraphQl;
using VetCrm.Data.Records;

namespace VetCrm.Api.Equipment;

public sealed class EquipmentLoanGraphType : ObjectGraphType<EquipmentLoanView>
{
    public EquipmentLoanGraphType()
    {
        Name = "EquipmentLoan";
        Description = "Equipment out with a pet: since when, due back when, who handed it over, whether it is back.";
        Field(l => l.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.Reference<EquipmentLoanView, EquipmentItemGraphType, EquipmentItemView>("equipmentItem", l => l.EquipmentItem,
            (context, _) => context.Service<EquipmentBatches>().Items(context.Staff()));
        this.PetReference(l => l.Pet);
        this.ReferralReference(l => l.Referral, required: false);
        Field(l => l.CheckedOutAt);
        Field(l => l.DueBackAt);
        Field(l => l.ReturnedAt, nullable: true);
        this.UserReference("loggedBy", l => l.LoggedBy);
        Field(l => l.Status).Description("checkedOut, returned or maintenance.");
        Field(l => l.Overdue).Description("Still out and past dueBackAt.");
        Field(l => l.Notes, nullable: true);
        Field(l => l.CreatedAt);
        Field(l => l.UpdatedAt);
        Field(l => l.ArchivedAt, nullable: true);
        Field(l => l.Version).Description("Send it back with a change: a stale version is refused (CONFLICT).");
        this.AllowedActions(l => l.AllowedActions);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nextStatuses").Description("The statuses you may move the loan to.").Resolve(context => context.Source.NextStatuses);
        this.StatusHistory(RecordTypes.EquipmentLoan, l => l.Id);
    }
}

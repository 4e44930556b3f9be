using GraphQL.Types;
using VetCrm.Api.GraphQl;

namespace VetCrm.Api.Equipment;

public sealed class EquipmentItemGraphType : ObjectGraphType<EquipmentItemView>
{
    public EquipmentItemGraphType()
    {
        Name = "EquipmentItem";
        Description = "A piece of lendable equipment: a Holter monitor, a mobility cart, an e-collar.";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Name);
        Field(i => i.SerialNumber);
        Field(i => i.Kind).Description("holterMonitor, mobilityCart, eCollar, oxygenConcentrator, infusionPump, supportSling or other.");
        Field(i => i.Notes, nullable: true);
        Field(i => i.Active).Description("false: retired, cannot be lent.");
        Field<IdGraphType>("heldById").Description("The loan holding the item (out or in maintenance); null when free.").Resolve(context => context.Source.HeldBy?.Id);
        Field(i => i.Availability).Description("available, checkedOut, maintenance or inactive.");
        Field(i => i.CreatedAt);
        Field(i => i.UpdatedAt);
        Field(i => i.ArchivedAt, nullable: true);
        Field(i => i.Version).Description("Send it back with an update: a stale version is refused (CONFLICT).");
        this.AllowedActions(i => i.AllowedActions);
    }
}

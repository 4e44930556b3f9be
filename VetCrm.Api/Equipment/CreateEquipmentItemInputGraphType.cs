using VetCrm.Api.GraphQl;

namespace VetCrm.Api.Equipment;

public sealed class CreateEquipmentItemInputGraphType : RequestInputGraphType
{
    public CreateEquipmentItemInputGraphType()
    {
        Name = "CreateEquipmentItemInput";
        Description = "A new item: name, serialNumber (unique) and kind are required; it starts active.";
        Text("name");
        Text("serialNumber");
        Text("kind", "holterMonitor, mobilityCart, eCollar, oxygenConcentrator, infusionPump, supportSling or other.");
        Text("notes");
        Flag("active");
    }
}

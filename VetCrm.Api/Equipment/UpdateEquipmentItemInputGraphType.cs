using VetCrm.Api.GraphQl;

namespace VetCrm.Api.Equipment;

public sealed class UpdateEquipmentItemInputGraphType : RequestInputGraphType
{
    public UpdateEquipmentItemInputGraphType()
    {
        Name = "UpdateEquipmentItemInput";
        Description = "The fields of an item to change, with the version last read; active: false retires it.";
        Version();
        Text("name");
        Text("serialNumber");
        Text("kind");
        Text("notes");
        Flag("active");
    }
}

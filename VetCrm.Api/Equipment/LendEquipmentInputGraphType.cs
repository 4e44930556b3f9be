using VetCrm.Api.GraphQl;

namespace VetCrm.Api.Equipment;

public sealed class LendEquipmentInputGraphType : RequestInputGraphType
{
    public LendEquipmentInputGraphType()
    {
        Name = "LendEquipmentInput";
        Description = "Equipment going home with a pet: equipmentItem, pet and dueBackAt are required; checkedOutAt defaults to now.";
        Reference("equipmentItem");
        Reference("pet");
        Reference("referral");
        Instant("checkedOutAt");
        Instant("dueBackAt");
        Text("notes");
    }
}

using VetCrm.Api.GraphQl;

namespace VetCrm.Api.Equipment;

public sealed class UpdateEquipmentLoanInputGraphType : RequestInputGraphType
{
    public UpdateEquipmentLoanInputGraphType()
    {
        Name = "UpdateEquipmentLoanInput";
        Description = "A loan still out: a new due-back time, notes or referral, with the version last read.";
        Version();
        Instant("dueBackAt");
        Text("notes");
        Reference("referral");
    }
}

namespace VetCrm.Api.GraphQl;

public sealed class UpdateReferralInputGraphType : RequestInputGraphType
{
    public UpdateReferralInputGraphType()
    {
        Name = "UpdateReferralInput";
        Description = "The fields of a referral to change, with the version last read; the pet never changes and the status moves with changeReferralStatus.";
        Version();
        Text("referralNumber");
        Text("referringClinic");
        Text("referralReason");
        Reference("receivedBy");
        Instant("receivedAt");
        Text("priority", "emergency, urgent or routine.");
    }
}

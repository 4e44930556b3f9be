namespace VetCrm.Api.GraphQl;

public sealed class CreateReferralInputGraphType : RequestInputGraphType
{
    public CreateReferralInputGraphType()
    {
        Name = "CreateReferralInput";
        Description = "A referral intake: pet, referringClinic, referralReason and priority are required; the number, receivedBy (you) and receivedAt (now) are filled in when left out.";
        Text("referralNumber");
        Reference("pet");
        Text("referringClinic");
        Text("referralReason");
        Text("status", "Only received: then it moves with changeReferralStatus.");
        Reference("receivedBy");
        Instant("receivedAt");
        Text("priority", "emergency, urgent or routine.");
    }
}

namespace VetCrm.Web.ApiClient;

public sealed record ReferralQuery(Guid? Pet = null, Guid? ReceivedBy = null, int Limit = 50);

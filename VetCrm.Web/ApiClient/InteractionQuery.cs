namespace VetCrm.Web.ApiClient;

public sealed record InteractionQuery(Guid? Pet = null, string? InteractionType = null, bool? FollowUpNeeded = null, int Limit = 50, bool IncludePet = false);

namespace VetCrm.Web.ApiClient;

/// <param name="Review">overdue or dueSoon, as the API defines them.</param>
public sealed record PlanQuery(Guid? Pet = null, string? PlanStatus = null, string? Review = null, int Limit = 200);

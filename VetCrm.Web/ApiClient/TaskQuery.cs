namespace VetCrm.Web.ApiClient;

/// <param name="Mine">Only the signed-in user's tasks.</param>
public sealed record TaskQuery(bool Mine = true, string? Status = null, Guid? Pet = null, string? Cursor = null, int Limit = 25);

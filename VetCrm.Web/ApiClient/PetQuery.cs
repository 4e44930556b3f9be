namespace VetCrm.Web.ApiClient;

public sealed record PetQuery(string? Q = null, Guid? AssignedSpecialist = null, string? Cursor = null, int Limit = 25);

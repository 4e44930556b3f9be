namespace VetCrm.Web.ApiClient;

public sealed record ServiceStatus(string Service, string? Version, string? DatabaseSchema, string? DatabaseServer);

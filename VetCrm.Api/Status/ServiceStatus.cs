namespace VetCrm.Api.Status;

/// <summary>Which service answers; for admins also its version, database schema and server (the web footer shows them to admins).</summary>
public sealed record ServiceStatus(string Service, string? Version, string? DatabaseSchema, string? DatabaseServer);

namespace VetCrm.Api.Status;

/// <summary>What version of VetCrm answers and which database schema it runs on: shown in the web footer.</summary>
public sealed record ServiceStatus(string Service, string Version, string DatabaseSchema, string DatabaseServer);

namespace VetCrm.Web.ApiClient;

/// <summary>The entity types and actions the audit log can be filtered by, as the API names them.</summary>
public sealed record AuditFilters(IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Actions);

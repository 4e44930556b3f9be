namespace VetCrm.Api.Audit;

/// <summary>The values the audit log's entityType and action filters accept, so a screen offers them without a list of its own.</summary>
public sealed record AuditFilters(IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Actions);

namespace VetCrm.Web.ApiClient;

public sealed record AuditQuery(Guid? Actor, string? EntityType, string? EntityId, string? Action, DateOnly? From, DateOnly? To, string? Cursor);

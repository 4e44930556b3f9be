namespace VetCrm.Api.Tasks;

/// <summary>Put a task off until a later time.</summary>
public sealed record SnoozeTaskRequest(uint? Version, DateTimeOffset? Until, string? Reason);

namespace VetCrm.Api.Tasks;

/// <summary>A move of a task's status; <c>snoozedUntil</c> goes with <c>snoozed</c> only, the reason is optional.</summary>
public sealed record TaskStatusRequest(string? Status, uint? Version, DateTimeOffset? SnoozedUntil, string? Reason);

namespace VetCrm.Api.Tasks;

/// <summary>Mark a task done.</summary>
public sealed record CompleteTaskRequest(uint? Version, string? Reason);

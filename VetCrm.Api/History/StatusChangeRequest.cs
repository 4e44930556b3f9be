namespace VetCrm.Api.History;

/// <summary>A status move: the new status and why (the reason lands in the status history); <c>version</c> guards against a concurrent change when given.</summary>
public sealed record StatusChangeRequest(string? Status, string? Reason, uint? Version);

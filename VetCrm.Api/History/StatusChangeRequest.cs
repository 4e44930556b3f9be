namespace VetCrm.Api.History;

/// <summary>A status move: the new status, why (the reason lands in the status history), and the <c>version</c> of the record it was decided on (required; 409 when stale).</summary>
public sealed record StatusChangeRequest(string? Status, string? Reason, uint? Version);

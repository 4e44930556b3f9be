using System.ComponentModel.DataAnnotations;

namespace VetCrm.Api.History;

/// <summary>A status move: the new status, why (the reason lands in the status history), and the <c>version</c> of the record it was decided on (required; 409 when stale).</summary>
/// <param name="Status">One of the record's statuses; a record's view lists the moves the caller may make as nextStatuses.</param>
public sealed record StatusChangeRequest(
    [property: Required, MaxLength(64)] string? Status,
    [property: Required, MaxLength(1000)] string? Reason,
    [property: Required] uint? Version);

using VetCrm.Api.Common;

namespace VetCrm.Api.Pets;

/// <param name="Q">Search in pet name, owner name, owner phone and referral number (substring, case-insensitive; trigram-indexed).</param>
public sealed record PetListRequest(
    string? Q, string? Species, Guid? AssignedSpecialist, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

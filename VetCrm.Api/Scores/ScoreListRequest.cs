using VetCrm.Api.Common;

namespace VetCrm.Api.Scores;

/// <param name="From">Scores dated at or after this instant.</param>
/// <param name="To">Scores dated before this instant.</param>
public sealed record ScoreListRequest(
    Guid? Pet, Guid? ScoreType, Guid? Referral, Guid? RecordedBy, DateTimeOffset? From, DateTimeOffset? To, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

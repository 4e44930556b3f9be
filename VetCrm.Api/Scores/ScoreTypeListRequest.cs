using VetCrm.Api.Common;

namespace VetCrm.Api.Scores;

/// <param name="Active">true: only types that take new scores; false: only deactivated ones.</param>
public sealed record ScoreTypeListRequest(bool? Active, string? Kind, string? Code, string? Order, int? Limit, string? Cursor) : IListRequest
{
    public string? Include => null;
}

using VetCrm.Api.Common;

namespace VetCrm.Api.Search;

/// <param name="Q">A pet name, owner name, phone number (any spacing, country code optional) or referral number, or part of one.</param>
public sealed record SearchRequest(string? Q, int? Limit, string? Cursor) : IListRequest
{
    // Results come newest activity first and carry no includes: not choices of the caller, so not query parameters.
    string? IListRequest.Order => null;
    string? IListRequest.Include => null;
}

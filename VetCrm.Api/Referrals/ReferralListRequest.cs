using VetCrm.Api.Common;

namespace VetCrm.Api.Referrals;

public sealed record ReferralListRequest(
    string? Status, string? Priority, Guid? Pet, Guid? ReceivedBy, string? ReferralNumber, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

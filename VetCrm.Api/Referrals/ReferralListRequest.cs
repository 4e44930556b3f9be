using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Referrals;

public sealed record ReferralListRequest(
    [ValueSet(typeof(ReferralStatuses))] string? Status, [ValueSet(typeof(ReferralPriorities))] string? Priority, Guid? Pet, Guid? ReceivedBy, string? ReferralNumber, bool? Archived,
    string? Order, int? Limit, string? Cursor, string? Include) : IListRequest;

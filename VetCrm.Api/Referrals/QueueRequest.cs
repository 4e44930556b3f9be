namespace VetCrm.Api.Referrals;

public sealed record QueueRequest(int? Limit, string? Cursor);

using VetCrm.Api.Common;

namespace VetCrm.Api.Messaging;

/// <param name="Mine">Only threads the caller takes part in (an admin otherwise lists every thread).</param>
/// <param name="Unread">Only threads with messages the caller has not read.</param>
public sealed record ThreadListRequest(Guid? Pet, Guid? Referral, bool? Mine, bool? Unread, int? Limit, string? Cursor);

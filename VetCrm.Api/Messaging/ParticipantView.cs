using VetCrm.Api.Common;

namespace VetCrm.Api.Messaging;

/// <summary>A staff member in a thread, as the other participants see them: a name to show (no e-mail or role).</summary>
public sealed record ParticipantView(Guid Id, string Username, string FullName) : RecordRef(Id);

using System.ComponentModel.DataAnnotations;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Messaging;

/// <summary>A thread on a pet's case with its first message; the caller takes part, and each participant must reach the case.</summary>
public sealed record CreateThreadRequest(
    [property: Required] RecordRef? Pet, RecordRef? Referral, [property: Required, MaxLength(200)] string? Subject,
    [property: Required] IReadOnlyList<ParticipantRef>? Participants, [property: Required, MaxLength(Message.BodyLength)] string? Body);

namespace VetCrm.Api.Messaging;

/// <summary>A participant named in a request, <c>{"id": "…"}</c>: a plain record, so the document shows the list's items.</summary>
public sealed record ParticipantRef(Guid Id);

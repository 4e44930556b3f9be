using System.ComponentModel.DataAnnotations;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Messaging;

/// <summary>
/// The multipart/form-data body of <c>POST /api/message-threads/{id}/messages</c>, as the OpenAPI document shows it: a
/// <c>body</c> text part and any number of <c>attachments</c> file parts (PDF, PNG, JPEG or plain text).
/// </summary>
public sealed record SendMessageForm([property: Required, MaxLength(Message.BodyLength)] string Body, IFormFileCollection? Attachments);

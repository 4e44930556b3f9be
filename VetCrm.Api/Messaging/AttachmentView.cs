using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Messaging;

/// <summary>A file of a message; its bytes come only through a signed link (<c>POST /api/attachments/{id}/link</c>).</summary>
public sealed record AttachmentView(Guid Id, string FileName, [property: ValueSet(typeof(AttachmentContentTypes))] string ContentType, long SizeBytes);

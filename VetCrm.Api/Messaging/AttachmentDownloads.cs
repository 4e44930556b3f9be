using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Data;
using VetCrm.Data.Auditing;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Messaging;

/// <summary>
/// Attachments leave the server only through a signed link issued to one user: issuing needs reach to the thread now,
/// and so does downloading, which also checks the link (this attachment, this user, not expired) and is audited.
/// </summary>
public sealed class AttachmentDownloads(VetCrmDbContext db, CaseAccess access, AttachmentLinks links, AuditLog audit)
{
    public const string EntityType = AuditedTypes.MessageAttachment;

    public async Task<Outcome<AttachmentLinkView>> LinkAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        await access.MessageAttachments(actor).AnyAsync(a => a.Id == id, cancellationToken)
            ? links.Issue(id, actor.UserId)
            : Refusal.NotFound("attachment");

    public async Task<Outcome<AttachmentFile>> DownloadAsync(Actor actor, Guid id, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token)) return Refusal.Invalid("token", "is required: ask POST /api/attachments/{id}/link for a signed link.");
        var attachment = await access.MessageAttachments(actor).AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.FileName, a.ContentType, a.MessageId, a.Message!.ThreadId, a.Message.PetId }).FirstOrDefaultAsync(cancellationToken);
        if (attachment is null) return Refusal.NotFound("attachment");
        if (!links.Admits(token, id, actor.UserId))
        {
            var errors = new FieldErrors();
            errors.Add("token", "is not a valid link for this attachment and user, or it has expired; ask for a new link.");
            return new Refusal(RefusalKind.Forbidden, "The download link is not valid for this attachment and user, or it has expired.", errors);
        }
        var data = await db.AttachmentContents.AsNoTracking().Where(c => c.AttachmentId == id).Select(c => c.Data).SingleAsync(cancellationToken);
        await audit.WriteAsync(actor, AuditActions.Download, EntityType, id, $"{EntityType} downloaded by {actor.UserName}: {attachment.FileName}",
            JsonSerializer.SerializeToDocument(new { message = attachment.MessageId, thread = attachment.ThreadId, pet = attachment.PetId, fileName = attachment.FileName }),
            cancellationToken);
        return new AttachmentFile(attachment.FileName, attachment.ContentType, data);
    }
}

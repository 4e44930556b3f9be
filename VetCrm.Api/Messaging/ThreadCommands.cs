using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Messaging;

/// <summary>
/// Changes to threads: start one (with its first message), send a message (with files), mark a thread read. HTTP-free:
/// any interface calls these with the caller. Saving a thread or message writes its audit row and live event.
/// </summary>
public sealed class ThreadCommands(VetCrmDbContext db, CaseAccess access, ThreadQueries queries, ThreadReceipts receipts,
    TimeProvider time, IOptions<MessagingOptions> options)
{
    public const int MaxParticipants = 20;

    public async Task<Outcome<ThreadView>> CreateAsync(Actor actor, CreateThreadRequest request, CancellationToken cancellationToken)
    {
        if (!actor.HasRole) return Refusal.Forbidden("Your role may not start message threads.");
        var check = new FieldChecks();
        var petId = check.Reference("pet", request.Pet?.Id);
        var subject = check.Required("subject", request.Subject, 200);
        var body = check.Required("body", request.Body, Message.BodyLength);
        var participantIds = (request.Participants ?? []).Where(p => p is not null).Select(p => p.Id).Append(actor.UserId).Distinct().ToList();
        if (request.Participants is null) check.Add("participants", "is required: the staff members to talk with (you take part yourself).");
        else if (request.Participants.Any(p => p is null)) check.Add("participants", "must be references like {\"id\": \"<uuid>\"}, not null.");
        else if (participantIds.Count < 2) check.Add("participants", "must name at least one staff member besides you.");
        else if (participantIds.Count > MaxParticipants) check.Add("participants", $"may name at most {MaxParticipants - 1} others.");
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (!await access.PetsForMessaging(actor).AnyAsync(p => p.Id == petId, cancellationToken))
            return Refusal.Invalid("pet", "no pet with this id is within your reach (coordinators message on their own cases).");
        if (request.Referral?.Id is { } referral && !await db.Referrals.AnyAsync(r => r.Id == referral && r.PetId == petId, cancellationToken))
            check.Add("referral", "must be a referral of this thread's pet.");
        await CheckParticipantsAsync(participantIds.Where(id => id != actor.UserId), petId, check, cancellationToken);
        if (check.Failed) return Refusal.Invalid(check.Errors);

        var now = time.GetUtcNow();
        var thread = new MessageThread
        {
            PetId = petId,
            ReferralId = request.Referral?.Id,
            Subject = subject,
            Participants = [.. participantIds.Select(id => new ThreadParticipant { UserId = id, AddedAt = now })],
        };
        db.MessageThreads.Add(thread);
        AddMessage(actor, thread.Id, petId, participantIds, body, [], now);
        if (await RecordSave.SaveAsync(db, RecordTypes.MessageThread, cancellationToken) is { } conflict) return conflict;
        return await queries.ThreadWithMessagesAsync(actor, thread.Id, cancellationToken);
    }

    /// <summary>Sends a message as a participant; each file must be of an accepted kind (sniffed), agree with its declared type and fit the size limit.</summary>
    public async Task<Outcome<MessageView>> SendAsync(Actor actor, Guid threadId, SendMessageRequest request, CancellationToken cancellationToken)
    {
        var thread = await access.MessageThreads(actor).Where(t => t.Id == threadId)
            .Select(t => new { t.PetId, Participants = t.Participants.Select(p => p.UserId).ToList() }).FirstOrDefaultAsync(cancellationToken);
        if (thread is null) return Refusal.NotFound(RecordTypes.MessageThread.Name);
        if (!thread.Participants.Contains(actor.UserId)) return Refusal.Forbidden("Only the thread's participants send messages in it.");
        var check = new FieldChecks();
        var body = check.Required("body", request.Body, Message.BodyLength);
        var limits = options.Value;
        if (request.Attachments.Count > limits.MaxAttachmentsPerMessage)
            check.Add("attachments", $"may be at most {limits.MaxAttachmentsPerMessage} files.");
        var files = new List<MessageAttachment>();
        for (var i = 0; i < request.Attachments.Count && !check.Failed; i++)
        {
            var upload = request.Attachments[i];
            var field = $"attachments[{i}]";
            if (upload.Data.Length == 0) check.Add(field, "is empty.");
            else if (upload.Data.Length > limits.MaxAttachmentBytes)
                return new Refusal(RefusalKind.TooLarge, $"{field} is larger than {limits.MaxAttachmentBytes} bytes.", Single(field, $"is larger than the limit of {limits.MaxAttachmentBytes} bytes."));
            else if (AttachmentSniffer.Sniff(upload.Data) is not { } contentType)
                return new Refusal(RefusalKind.UnsupportedType, $"{field} is not a PDF, PNG, JPEG or plain-text file.", Single(field, "is not a PDF, PNG, JPEG or plain-text file (judged by its content)."));
            else if (!AttachmentSniffer.Agrees(upload.DeclaredContentType, contentType))
                return new Refusal(RefusalKind.UnsupportedType, $"{field} was declared {upload.DeclaredContentType} but its content is {contentType}.",
                    Single(field, $"was declared '{upload.DeclaredContentType}' but its content is {contentType}."));
            else files.Add(new MessageAttachment
            {
                Position = i,
                FileName = AttachmentFileNames.Sanitize(upload.FileName, contentType),
                ContentType = contentType,
                SizeBytes = upload.Data.Length,
                Content = new AttachmentContent { Data = upload.Data },
            });
        }
        if (check.Failed) return Refusal.Invalid(check.Errors);
        var message = AddMessage(actor, threadId, thread.PetId, thread.Participants, body, files, time.GetUtcNow());
        if (await RecordSave.SaveAsync(db, RecordTypes.Message, cancellationToken) is { } conflict) return conflict;
        return await queries.MessageAsync(message.Id, cancellationToken);
    }

    /// <summary>The caller opened the thread: its messages are read (and delivered) by the caller.</summary>
    public async Task<Outcome<ThreadView>> MarkReadAsync(Actor actor, Guid threadId, CancellationToken cancellationToken)
    {
        var participants = await access.MessageThreads(actor).Where(t => t.Id == threadId)
            .Select(t => t.Participants.Select(p => p.UserId).ToList()).FirstOrDefaultAsync(cancellationToken);
        if (participants is null) return Refusal.NotFound(RecordTypes.MessageThread.Name);
        if (!participants.Contains(actor.UserId)) return Refusal.Forbidden("Only the thread's participants have receipts in it.");
        await receipts.MarkAsync(actor, threadId, read: true, cancellationToken);
        return await queries.ThreadWithMessagesAsync(actor, threadId, cancellationToken);
    }

    /// <summary>Every other participant gets a receipt; the sender's own message is neither delivered nor read to it.</summary>
    private Message AddMessage(Actor actor, Guid threadId, Guid petId, IEnumerable<Guid> participants, string body, List<MessageAttachment> files, DateTimeOffset now)
    {
        var message = new Message
        {
            ThreadId = threadId,
            PetId = petId,
            SenderId = actor.UserId,
            Body = body,
            SentAt = now,
            Attachments = files,
            Receipts = [.. participants.Where(id => id != actor.UserId).Select(id => new MessageReceipt { RecipientId = id })],
        };
        db.Messages.Add(message);
        return message;
    }

    /// <summary>Each participant must be staff (a role, not a service account) who reaches the pet's case.</summary>
    private async Task CheckParticipantsAsync(IEnumerable<Guid> ids, Guid petId, FieldChecks check, CancellationToken cancellationToken)
    {
        var wanted = ids.ToArray();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id) && !u.IsSystem && u.Role != null)
            .Select(u => new { u.Id, u.UserName, u.Role }).ToListAsync(cancellationToken);
        foreach (var id in wanted)
        {
            var user = users.FirstOrDefault(u => u.Id == id);
            if (user is null) check.Add("participants", $"{id} is not a staff member.");
            else if (!await access.PetsForMessaging(new Actor(user.Id, user.UserName ?? "", user.Role)).AnyAsync(p => p.Id == petId, cancellationToken))
                check.Add("participants", $"{user.UserName} ({id}) cannot see this pet's case, so cannot take part.");
        }
    }

    private static FieldErrors Single(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors;
    }
}

using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Seeding;

/// <summary>
/// A few message threads between demo staff on their cases: a specialist and the coordinator who took the case in, one
/// reply carrying a small PDF report; the older messages read, the latest one waiting for its reader. Through EF, so the
/// audit rows are written as for real; the live events are dropped (seeding is history, not news).
/// </summary>
public sealed class DemoMessages(VetCrmDbContext db, TimeProvider time)
{
    private const int Threads = 4;

    public async Task AddAsync(IReadOnlyList<AppUser> staff, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var specialists = staff.Where(s => s.Role == Roles.Specialist).Select(s => s.Id).ToHashSet();
        var coordinators = staff.Where(s => s.Role == Roles.Coordinator).Select(s => s.Id).ToHashSet();
        var cases = await db.Pets.Where(p => p.CreatedById != null)
            .OrderByDescending(p => p.CreatedAt).Take(200)
            .Select(p => new { p.Id, p.PetName, p.AssignedSpecialistId, CoordinatorId = p.CreatedById!.Value })
            .ToListAsync(cancellationToken);
        var picked = cases.Where(c => specialists.Contains(c.AssignedSpecialistId) && coordinators.Contains(c.CoordinatorId))
            .DistinctBy(c => c.AssignedSpecialistId).Take(Threads).ToList();
        foreach (var (@case, index) in picked.Select((c, i) => (c, i)))
        {
            var started = now - TimeSpan.FromHours(30 - index * 5);
            var thread = new MessageThread
            {
                PetId = @case.Id, Subject = $"{@case.PetName}: echo findings before the recheck", CreatedAt = started, CreatedById = @case.AssignedSpecialistId,
                Participants = [new() { UserId = @case.AssignedSpecialistId, AddedAt = started }, new() { UserId = @case.CoordinatorId, AddedAt = started }],
            };
            db.MessageThreads.Add(thread);
            var report = MinimalPdf.Create($"Echocardiogram report: {@case.PetName}", "LA:Ao 1.9, LVIDDn 1.8: MMVD stage B2.", "Recheck in 3 months.");
            Add(thread, @case.AssignedSpecialistId, @case.CoordinatorId, "Echo done this morning; can you ask the owner to bring the resting breathing diary to the recheck?",
                started, read: true, attachment: null);
            Add(thread, @case.CoordinatorId, @case.AssignedSpecialistId, "Will do. The referring vet asked for the report; is it ready?",
                started + TimeSpan.FromHours(1), read: true, attachment: null);
            Add(thread, @case.AssignedSpecialistId, @case.CoordinatorId, "Report attached; please forward it with the discharge summary.",
                started + TimeSpan.FromHours(3), read: index % 2 == 0, attachment: new MessageAttachment
                {
                    FileName = $"echo-report-{@case.PetName.ToLowerInvariant()}.pdf", ContentType = AttachmentContentTypes.Pdf, SizeBytes = report.Length,
                    Content = new AttachmentContent { Data = report },
                });
        }
        await db.SaveChangesAsync(cancellationToken);
        string[] seededNews = [LiveEventTypes.ThreadStarted, LiveEventTypes.MessageSent];
        await db.OutboxMessages.Where(m => m.DispatchedAt == null && seededNews.Contains(m.Type)).ExecuteDeleteAsync(cancellationToken);
    }

    private void Add(MessageThread thread, Guid sender, Guid recipient, string body, DateTimeOffset sentAt, bool read, MessageAttachment? attachment) =>
        db.Messages.Add(new Message
        {
            ThreadId = thread.Id, PetId = thread.PetId, SenderId = sender, Body = body, SentAt = sentAt, CreatedAt = sentAt, CreatedById = sender,
            Attachments = attachment is null ? [] : [attachment],
            Receipts = [new() { RecipientId = recipient, DeliveredAt = read ? sentAt + TimeSpan.FromMinutes(5) : null, ReadAt = read ? sentAt + TimeSpan.FromMinutes(5) : null }],
        });
}

using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Data.Seeding;

/// <summary>
/// The demo hospital's to-do lists: for every staff member a few tasks on their own cases — overdue, due today, next
/// week, snoozed and done — and a few notifications. Through EF, so audit and status history are written as for real.
/// </summary>
public sealed class DemoTasks(VetCrmDbContext db, TimeProvider time)
{
    private static readonly string[] Titles =
    [
        "Call the owner with the echo results", "Send the consult report to the referring vet", "Book the 6-week TPLO recheck radiographs",
        "Check the repeat bloods (creatinine, SDMA)", "Confirm the chemotherapy appointment with the owner", "Chase the referring clinic for prior imaging",
        "Review the resting breathing rate diary", "Arrange suture removal at day 14",
    ];

    public async Task AddAsync(IReadOnlyList<AppUser> staff, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var title = 0;
        foreach (var person in staff)
        {
            // Tasks on cases the person can see: a specialist's assigned pets, a coordinator's intake, any case for client care.
            var cases = person.Role switch
            {
                Roles.Specialist => db.Pets.Where(p => p.AssignedSpecialistId == person.Id),
                Roles.Coordinator => db.Pets.Where(p => p.CreatedById == person.Id),
                _ => db.Pets,
            };
            var pets = await cases.OrderByDescending(p => p.CreatedAt).Select(p => p.Id).Take(5).ToListAsync(cancellationToken);
            if (pets.Count == 0) continue;
            (TimeSpan Due, string Status)[] plan =
            [
                (TimeSpan.FromDays(-2), TaskStatuses.Open), (TimeSpan.FromHours(-3), TaskStatuses.Open), (TimeSpan.FromHours(5), TaskStatuses.Open),
                (TimeSpan.FromDays(6), TaskStatuses.Open), (TimeSpan.FromDays(-1), TaskStatuses.Snoozed), (TimeSpan.FromDays(-4), TaskStatuses.Done),
            ];
            for (var i = 0; i < plan.Length; i++)
            {
                var (due, status) = plan[i];
                var created = now + due - TimeSpan.FromDays(2);
                var task = new CareTask
                {
                    PetId = pets[i % pets.Count], Title = Titles[title++ % Titles.Length], AssigneeId = person.Id, DueAt = now + due, Status = status,
                    SnoozedUntil = status == TaskStatuses.Snoozed ? now + TimeSpan.FromDays(2) : null,
                    CompletedAt = status == TaskStatuses.Done ? now + due : null, CompletedById = status == TaskStatuses.Done ? person.Id : null,
                    CreatedAt = created, CreatedById = person.Id,
                };
                db.CareTasks.Add(task);
                StatusHistory.Add(db, RecordTypes.CareTask, task.Id, null, TaskStatuses.Open, person.Id, null, created);
                if (status != TaskStatuses.Open) StatusHistory.Add(db, RecordTypes.CareTask, task.Id, TaskStatuses.Open, status, person.Id, null, task.CompletedAt ?? now);
            }
            if (person.Role == Roles.Specialist)
            {
                var pet = await db.Pets.Where(p => p.Id == pets[0]).Select(p => new { p.PetName, p.Species }).SingleAsync(cancellationToken);
                db.Notifications.Add(new Notification
                {
                    RecipientId = person.Id, Kind = NotificationKinds.CaseAssigned, Title = $"Case assigned to you: {pet.PetName} ({pet.Species})",
                    EntityType = RecordTypes.Pet.Name, EntityId = pets[0], PetId = pets[0], SourceEventId = Guid.CreateVersion7(), CreatedAt = now.AddHours(-1),
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        // Seeding is history, not news: without this, every seeded case, task and booking would notify its owner at start-up.
        // The overdue tasks are still flagged by the worker, so each person finds a few fresh notifications.
        string[] seededNews = [LiveEventTypes.CaseAssigned, LiveEventTypes.TaskAssigned, LiveEventTypes.AppointmentBooked, LiveEventTypes.AppointmentChanged];
        await db.OutboxMessages.Where(m => m.DispatchedAt == null && seededNews.Contains(m.Type)).ExecuteDeleteAsync(cancellationToken);
    }
}

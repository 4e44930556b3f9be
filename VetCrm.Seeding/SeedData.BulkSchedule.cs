using Microsoft.EntityFrameworkCore;
using Npgsql;
using VetCrm.Data.Entities;

namespace VetCrm.Data.Seeding;

public sealed partial class SeedData
{
    private static readonly string[] BulkTaskTitles =
        ["Call owner with results", "Recheck bloods", "Chase histopathology", "Send discharge summary", "Review radiographs", "Update referring vet"];

    private const int BulkSlotMinutes = 30;

    /// <summary>
    /// A task per pet for its specialist (open ones due ahead, so none is overdue at load; a fifth already done) and a
    /// booking every half hour in every room, each room with another specialist, back from next week: what the
    /// "my tasks" and calendar day reads run over at scale.
    /// </summary>
    private async Task BulkScheduleAsync(NpgsqlConnection connection, IReadOnlyList<Pet> pets, IReadOnlyList<Guid> referralIds, Guid[] specialists,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY care_tasks (id, pet_id, referral_id, title, assignee_id, due_at, status, completed_at, completed_by_id, created_at, updated_at, created_by_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < pets.Count; i++)
            {
                var done = i % 5 == 0;
                var assignee = pets[i].AssignedSpecialistId;
                var created = now.AddDays(-(i % 30) - 1);
                await copy.WriteRowAsync(cancellationToken, Guid.CreateVersion7(), pets[i].Id, referralIds[i], BulkTaskTitles[i % BulkTaskTitles.Length], assignee,
                    done ? created.AddDays(1) : now.AddHours(1 + i % 720), done ? TaskStatuses.Done : TaskStatuses.Open,
                    done ? created.AddHours(20) : (DateTimeOffset?)null, done ? assignee : (Guid?)null, created, created, assignee);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        var rooms = await db.Rooms.AsNoTracking().OrderBy(r => r.Name).Select(r => r.Id).ToListAsync(cancellationToken);
        // At any one time each room has a different specialist, so no booking clashes with another.
        var roomsUsed = Math.Min(rooms.Count, specialists.Length);
        var slotsPerDay = (int)((ListCloses - ListOpens).TotalMinutes / BulkSlotMinutes);
        var lastDay = DateOnly.FromDateTime(now.UtcDateTime).AddDays(7);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY appointments (id, pet_id, referral_id, specialist_id, room_id, start_at, end_at, status, reason, created_at, updated_at, created_by_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var bookings = pets.Count / 4;
            for (var n = 0; n < bookings; n++)
            {
                var perDay = roomsUsed * slotsPerDay;
                var (dayIndex, inDay) = Math.DivRem(n, perDay);
                var (slot, room) = Math.DivRem(inDay, roomsUsed);
                var day = lastDay.AddDays(-dayIndex);
                var start = new DateTimeOffset(day.ToDateTime(ListOpens), TimeSpan.Zero).AddMinutes(slot * BulkSlotMinutes);
                var specialist = specialists[(room + slot + dayIndex) % specialists.Length];
                var pet = (n * 7919) % pets.Count;
                var created = start.AddDays(-7);
                await copy.WriteRowAsync(cancellationToken, Guid.CreateVersion7(), pets[pet].Id, referralIds[pet], specialist, rooms[room], start, start.AddMinutes(BulkSlotMinutes),
                    start < now ? AppointmentStatuses.Completed : AppointmentStatuses.Scheduled, "Specialist consult.", created, created, specialist);
            }
            await copy.CompleteAsync(cancellationToken);
        }
    }
}

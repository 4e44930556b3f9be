using Bogus;
using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Data.Seeding;

public sealed partial class SeedData
{
    /// <summary>What each kind of room is booked for, and for how long (minutes).</summary>
    private static readonly Dictionary<string, (int Minutes, string Reason)[]> RoomUses = new()
    {
        [RoomKinds.ConsultRoom] = [(30, "Initial specialist consult."), (30, "Recheck consult."), (45, "Consult and owner discussion of options."), (15, "Suture removal and wound check.")],
        [RoomKinds.Mri] = [(90, "MRI thoracolumbar spine under general anaesthesia."), (60, "MRI brain, seizure work-up."), (90, "MRI cervical spine.")],
        [RoomKinds.Ct] = [(45, "CT thorax, metastasis check."), (60, "CT abdomen with contrast."), (45, "CT stifle, surgical planning.")],
        [RoomKinds.Theatre] = [(120, "TPLO, left stifle."), (180, "Hemilaminectomy T13-L1."), (90, "Splenectomy."), (120, "Tibial tuberosity advancement.")],
        [RoomKinds.Ultrasound] = [(30, "Echocardiogram."), (45, "Abdominal ultrasound."), (30, "Ultrasound-guided FNA.")],
    };

    private static readonly TimeOnly ListOpens = new(8, 0);
    private static readonly TimeOnly ListCloses = new(17, 30);

    /// <summary>
    /// A week of bookings around today, weekdays, over every room, for pets whose referral is scheduled or further on,
    /// never double-booking a specialist or a room. Statuses follow the clock: past bookings are mostly completed, some
    /// no-shows and cancellations; today's early ones checked in or done; later ones scheduled, a few cancelled.
    /// </summary>
    private async Task DemoAppointmentsAsync(Faker faker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rooms = await db.Rooms.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var booked = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatuses.Scheduled || r.Status == ReferralStatuses.InTreatment || r.Status == ReferralStatuses.Closed)
            .Select(r => new { r.Id, r.PetId, r.Pet!.AssignedSpecialistId, r.ReceivedById })
            .ToListAsync(cancellationToken);
        if (rooms.Count == 0 || booked.Count == 0) return;
        var specialistBusy = new Dictionary<Guid, List<(DateTimeOffset Start, DateTimeOffset End)>>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var offset = -3; offset <= 3; offset++)
        {
            var day = today.AddDays(offset);
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            var closes = new DateTimeOffset(day.ToDateTime(ListCloses), TimeSpan.Zero);
            foreach (var room in rooms)
            {
                var at = new DateTimeOffset(day.ToDateTime(ListOpens), TimeSpan.Zero).AddMinutes(faker.PickRandom(0, 30, 60));
                while (true)
                {
                    var (minutes, reason) = faker.PickRandom(RoomUses[room.Kind]);
                    var end = at.AddMinutes(minutes);
                    if (end > closes) break;
                    var free = Enumerable.Range(0, 6).Select(_ => faker.PickRandom(booked))
                        .FirstOrDefault(c => !specialistBusy.TryGetValue(c.AssignedSpecialistId, out var busy) || !busy.Any(b => b.Start < end && b.End > at));
                    if (free is not null)
                    {
                        var status = DemoStatus(faker, at, end, now);
                        var createdAt = Min(now, at.AddDays(-faker.Random.Int(1, 10)));
                        var appointment = new Appointment
                        {
                            PetId = free.PetId, ReferralId = free.Id, SpecialistId = free.AssignedSpecialistId, RoomId = room.Id, StartAt = at, EndAt = end,
                            Status = status, Reason = reason, CreatedAt = createdAt, CreatedById = free.ReceivedById,
                        };
                        db.Appointments.Add(appointment);
                        StatusHistory.Add(db, RecordTypes.Appointment, appointment.Id, null, AppointmentStatuses.Scheduled, free.ReceivedById, null, createdAt);
                        var from = AppointmentStatuses.Scheduled;
                        foreach (var (to, movedAt, why) in DemoMoves(faker, status, createdAt, at, end, now))
                        {
                            StatusHistory.Add(db, RecordTypes.Appointment, appointment.Id, from, to, free.ReceivedById, why, movedAt);
                            from = to;
                        }
                        if (AppointmentBookings.HoldsSlot(status))
                        {
                            if (!specialistBusy.TryGetValue(free.AssignedSpecialistId, out var busy)) specialistBusy[free.AssignedSpecialistId] = busy = [];
                            busy.Add((at, end));
                        }
                    }
                    at = end.AddMinutes(faker.PickRandom(0, 0, 15, 30));
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string DemoStatus(Faker faker, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (faker.Random.Bool(0.06f)) return AppointmentStatuses.Cancelled;
        if (start > now) return AppointmentStatuses.Scheduled;
        if (end > now) return AppointmentStatuses.CheckedIn;
        return faker.Random.Bool(0.08f) ? AppointmentStatuses.NoShow : AppointmentStatuses.Completed;
    }

    /// <summary>The workflow's moves from scheduled to <paramref name="status"/>, each with its time and reason.</summary>
    private static IEnumerable<(string To, DateTimeOffset At, string Reason)> DemoMoves(Faker faker, string status, DateTimeOffset createdAt,
        DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        switch (status)
        {
            case AppointmentStatuses.Cancelled:
                yield return (status, Min(now, createdAt.AddHours(faker.Random.Int(1, 20))), "Owner rang to cancel; will rebook.");
                break;
            case AppointmentStatuses.NoShow:
                yield return (status, Min(now, start.AddMinutes(20)), "Did not arrive; owner not reachable.");
                break;
            case AppointmentStatuses.CheckedIn or AppointmentStatuses.Completed:
                yield return (AppointmentStatuses.CheckedIn, Min(now, start.AddMinutes(-10)), "Arrived at reception.");
                if (status == AppointmentStatuses.Completed) yield return (status, Min(now, end), "Seen; consult report to follow.");
                break;
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

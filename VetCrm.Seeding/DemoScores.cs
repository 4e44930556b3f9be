using Microsoft.EntityFrameworkCore;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Data.Seeding;

/// <summary>
/// Three weeks of Glasgow CMPS-SF pain scores and weekly weights for a few dogs in treatment, settling as analgesia takes
/// effect; the last dog's pain rises again and its latest score crosses the threshold, raising the analgesia-review task
/// for its specialist as a real score would. Through EF, so audit rows are written as for real.
/// </summary>
public sealed class DemoScores(VetCrmDbContext db, TimeProvider time)
{
    private const int Dogs = 4;
    private static readonly int[] SettlingPain = [9, 8, 7, 6, 5, 5, 4, 4, 3, 3];
    private static readonly int[] FlaringPain = [7, 6, 5, 4, 4, 3, 4, 5, 5, 7];

    public async Task AddAsync(CancellationToken cancellationToken)
    {
        var pain = await db.ScoreTypes.SingleOrDefaultAsync(t => t.Code == "cmps-sf", cancellationToken);
        var weight = await db.ScoreTypes.SingleOrDefaultAsync(t => t.Code == "weight", cancellationToken);
        if (pain is null || weight is null) return;
        var dogs = await db.Referrals.AsNoTracking()
            .Where(r => r.Pet!.Species == "canine" && (r.Status == ReferralStatuses.InTreatment || r.Status == ReferralStatuses.Scheduled))
            .OrderBy(r => r.ReceivedAt)
            .Select(r => new { r.PetId, ReferralId = r.Id, r.Pet!.PetName, r.Pet.AssignedSpecialistId })
            .Take(Dogs).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        for (var d = 0; d < dogs.Count; d++)
        {
            var dog = dogs[d];
            var flaring = d == dogs.Count - 1;
            var series = flaring ? FlaringPain : SettlingPain;
            var start = now.AddDays(-21).AddHours(8 + d);
            for (var i = 0; i < series.Length; i++)
            {
                var at = i == series.Length - 1 ? now.AddHours(-2) : start.AddHours(i * 48);
                var score = Score(dog.PetId, dog.ReferralId, pain.Id, dog.AssignedSpecialistId, at, series[i], "Scored on the ward round.");
                // Only today's flare raises a task: the older high scores are history, reviewed at the time.
                if (flaring && i == series.Length - 1 && pain.Acts(score.Value, null))
                {
                    var task = new CareTask
                    {
                        PetId = dog.PetId, ReferralId = dog.ReferralId, AssigneeId = dog.AssignedSpecialistId, DueAt = at.AddHours(pain.ThresholdDueHours ?? 1),
                        Title = $"{pain.ThresholdTaskTitle}: {dog.PetName}, {pain.Name} {score.Value} {pain.Unit}", CreatedAt = at, CreatedById = dog.AssignedSpecialistId,
                    };
                    db.CareTasks.Add(task);
                    StatusHistory.Add(db, RecordTypes.CareTask, task.Id, null, task.Status, dog.AssignedSpecialistId, $"{pain.Name} score {score.Value} crossed the threshold.", at);
                    score.ThresholdTaskId = task.Id;
                }
                db.ClinicalScores.Add(score);
            }
            var kilos = 24m + d * 7.5m;
            for (var week = 0; week < 4; week++)
            {
                var at = now.AddDays(-21 + week * 7).AddHours(9);
                db.ClinicalScores.Add(Score(dog.PetId, dog.ReferralId, weight.Id, dog.AssignedSpecialistId, at, kilos - week * 0.35m, null));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ClinicalScore Score(Guid pet, Guid referral, Guid type, Guid by, DateTimeOffset at, decimal value, string? notes) => new()
    {
        PetId = pet, ReferralId = referral, ScoreTypeId = type, RecordedById = by, ScoreDate = at, Value = value, Notes = notes, CreatedAt = at, CreatedById = by,
    };
}

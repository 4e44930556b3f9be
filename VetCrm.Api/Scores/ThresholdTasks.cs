using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Api.Scores;

/// <summary>
/// A score that crosses its type's threshold raises a task for the pet's assigned specialist, added to the same save
/// (so the same transaction) as the score. The score links its task, and a unique index on that link makes "one task per
/// score" a database guarantee; the assignee is told through the notification rules for assigned tasks.
/// </summary>
public sealed class ThresholdTasks(VetCrmDbContext db, TimeProvider time)
{
    private const int TitleLength = 300;

    public async Task RaiseIfCrossedAsync(Actor actor, ClinicalScore score, ScoreType type, CancellationToken cancellationToken)
    {
        if (score.ThresholdTaskId is not null || !type.Acts(score.Value, score.Category)) return;
        var pet = await db.Pets.Where(p => p.Id == score.PetId).Select(p => new { p.PetName, p.AssignedSpecialistId }).SingleAsync(cancellationToken);
        var shown = score.Value is { } value ? $"{ScoreNumbers.Plain(value)}{ScoreValues.Unit(type)}" : score.Category;
        var title = $"{type.ThresholdTaskTitle}: {pet.PetName}, {type.Name} {shown}";
        var task = new CareTask
        {
            PetId = score.PetId,
            ReferralId = score.ReferralId,
            Title = title.Length <= TitleLength ? title : title[..(TitleLength - 1)] + "…",
            AssigneeId = pet.AssignedSpecialistId,
            DueAt = time.GetUtcNow().AddHours(type.ThresholdDueHours!.Value),
        };
        db.CareTasks.Add(task);
        score.ThresholdTaskId = task.Id;
        StatusHistory.Add(db, RecordTypes.CareTask, task.Id, null, task.Status, actor.UserId, $"{type.Name} score {shown} crossed the threshold.", time.GetUtcNow());
    }
}

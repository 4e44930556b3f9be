using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Scores;

/// <summary>
/// A score that crosses its type's threshold raises a task for the pet's assigned specialist, added to the same save
/// (so the same transaction) as the score. The score links its task, and a unique index on that link makes "one task per
/// score" a database guarantee; the assignee is told through the notification rules for assigned tasks.
/// </summary>
public sealed class ThresholdTasks(VetCrmDbContext db, TimeProvider time)
{
    public async Task RaiseIfCrossedAsync(Actor actor, ClinicalScore score, ScoreType type, CancellationToken cancellationToken)
    {
        if (score.ThresholdTaskId is not null || !type.Acts(score.Value, score.Category)) return;
        var pet = await db.Pets.Where(p => p.Id == score.PetId).Select(p => new { p.PetName, p.AssignedSpecialistId }).SingleAsync(cancellationToken);
        var shown = score.Value is { } value ? $"{ScoreNumbers.Plain(value)}{ScoreValues.Unit(type)}" : score.Category;
        var now = time.GetUtcNow();
        var task = CareTasks.Open(db, new CareTask
        {
            PetId = score.PetId,
            ReferralId = score.ReferralId,
            Title = $"{type.ThresholdTaskTitle}: {pet.PetName}, {type.Name} {shown}",
            AssigneeId = pet.AssignedSpecialistId,
            DueAt = now.AddHours(type.ThresholdDueHours!.Value),
        }, actor.UserId, $"{type.Name} score {shown} crossed the threshold.", now);
        score.ThresholdTaskId = task.Id;
    }
}

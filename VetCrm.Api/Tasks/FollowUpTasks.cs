using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Api.Tasks;

/// <summary>Turns a follow-up-needed interaction into a task, added to the same save (so the same transaction) as the log.</summary>
public sealed class FollowUpTasks(VetCrmDbContext db, TimeProvider time, IOptions<TaskOptions> options)
{
    private const int TitleLength = 300;

    public async Task AddForAsync(Actor actor, InteractionLog log, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var assignee = settings.FollowUpAssignee == FollowUpAssignee.Creator ? actor.UserId
            : await db.Pets.Where(p => p.Id == log.PetId).Select(p => p.AssignedSpecialistId).SingleAsync(cancellationToken);
        var title = $"Follow up: {log.Summary}";
        var now = time.GetUtcNow();
        var task = new CareTask
        {
            PetId = log.PetId,
            ReferralId = log.ReferralId,
            SourceInteractionId = log.Id,
            Title = title.Length <= TitleLength ? title : title[..(TitleLength - 1)] + "…",
            AssigneeId = assignee,
            DueAt = now + settings.DefaultDue,
        };
        db.CareTasks.Add(task);
        StatusHistory.Add(db, RecordTypes.CareTask, task.Id, null, task.Status, actor.UserId, "Follow-up needed on an interaction.", now);
    }
}

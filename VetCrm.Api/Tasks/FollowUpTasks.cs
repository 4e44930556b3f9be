using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Tasks;

/// <summary>Turns a follow-up-needed interaction into a task, added to the same save (so the same transaction) as the log.</summary>
public sealed class FollowUpTasks(VetCrmDbContext db, TimeProvider time, IOptions<TaskOptions> options)
{
    public async Task AddForAsync(Actor actor, InteractionLog log, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var assignee = settings.FollowUpAssignee == FollowUpAssignee.Creator ? actor.UserId
            : await db.Pets.Where(p => p.Id == log.PetId).Select(p => p.AssignedSpecialistId).SingleAsync(cancellationToken);
        var now = time.GetUtcNow();
        CareTasks.Open(db, new CareTask
        {
            PetId = log.PetId,
            ReferralId = log.ReferralId,
            SourceInteractionId = log.Id,
            Title = $"Follow up: {log.Summary}",
            AssigneeId = assignee,
            DueAt = now + settings.DefaultDue,
        }, actor.UserId, "Follow-up needed on an interaction.", now);
    }
}

using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Tasks;

/// <summary>
/// Who sees and works tasks: access follows the case, as <see cref="CaseAccess"/> draws it for interaction logs — admins
/// and client care every case, a specialist the pets assigned to it, a coordinator its own cases (not mere queue pets).
/// Every staff role works the tasks it sees (create, change, reassign, done, snooze); only admins archive. A task
/// can only be given to a staff member who can see its case, so nobody is sent work (or told of a case) out of reach.
/// </summary>
public sealed class TaskAccess(VetCrmDbContext db, CaseAccess access)
{
    public const string Reassign = "reassign";

    public IQueryable<CareTask> Tasks(Actor actor) => actor.Role switch
    {
        Roles.Admin or Roles.ClientCare => db.CareTasks,
        null => db.CareTasks.Where(_ => false),
        _ => db.CareTasks.Where(t => access.PetsForInteractions(actor).Select(p => p.Id).Contains(t.PetId)),
    };

    /// <summary>Pets the actor may put tasks on.</summary>
    public IQueryable<Pet> Pets(Actor actor) => access.PetsForInteractions(actor);

    public static bool MayWork(Actor actor) => actor.HasRole;

    /// <summary>Whether the user exists, has a staff role and can see the pet's case.</summary>
    public async Task<bool> MayBeAssignedAsync(Guid userId, Guid petId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsSystem)
            .Select(u => new { u.UserName, u.Role }).FirstOrDefaultAsync(cancellationToken);
        if (user?.Role is null) return false;
        return await Pets(new Actor(userId, user.UserName ?? "", user.Role)).AnyAsync(p => p.Id == petId, cancellationToken);
    }

    /// <summary>What the caller may do with a task in <paramref name="status"/>: a done task can be reopened, not reassigned.</summary>
    public static IReadOnlyList<string> Allowed(Actor actor, string status)
    {
        if (!MayWork(actor)) return [];
        List<string> actions = [RecordActions.Update];
        if (status != TaskStatuses.Done) actions.Add(Reassign);
        if (NextStatuses(actor, status).Count > 0) actions.Add(RecordActions.ChangeStatus);
        if (CaseAccess.MayArchive(actor)) actions.Add(RecordActions.Archive);
        return actions;
    }

    public static IReadOnlyList<string> NextStatuses(Actor actor, string status) =>
        MayWork(actor) ? RecordTypes.CareTask.Status!.NextFrom(status) : [];
}

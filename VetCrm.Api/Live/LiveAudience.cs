using Microsoft.EntityFrameworkCore;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Live;

/// <summary>
/// Who may receive an event about a case, following the reach of <see cref="Access.CaseAccess"/>: admins; client care
/// (except referral events: it cannot read referrals); the pet's assigned specialist; the coordinators whose case it
/// is (they created the pet or received one of its referrals); and every coordinator when a referral enters, moves in
/// or leaves the intake queue.
/// </summary>
public sealed class LiveAudience(VetCrmDbContext db)
{
    public static string UserGroup(Guid userId) => $"user:{userId}";
    public static string RoleGroup(string role) => $"role:{role}";

    private sealed record CaseMembers(Guid PetId, Guid AssignedSpecialistId, Guid? CreatedById, Guid[] ReceivedByIds);

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> GroupsForAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var petIds = messages.Select(m => m.PetId).Distinct().ToArray();
        var members = await db.Pets.AsNoTracking()
            .Where(p => petIds.Contains(p.Id))
            .Select(p => new CaseMembers(p.Id, p.AssignedSpecialistId, p.CreatedById, p.Referrals.Select(r => r.ReceivedById).Distinct().ToArray()))
            .ToDictionaryAsync(p => p.PetId, cancellationToken);

        return messages.ToDictionary(m => m.Id, m => (IReadOnlyList<string>)GroupsFor(m, members.GetValueOrDefault(m.PetId)));
    }

    private static List<string> GroupsFor(OutboxMessage message, CaseMembers? members)
    {
        List<string> groups = [RoleGroup(Roles.Admin)];
        if (message.EntityType != "referral")
        {
            groups.Add(RoleGroup(Roles.ClientCare));
        }
        if (message.AffectsIntakeQueue)
        {
            groups.Add(RoleGroup(Roles.Coordinator));
        }
        if (members is not null)
        {
            groups.Add(UserGroup(members.AssignedSpecialistId));
            groups.AddRange(members.ReceivedByIds.Append(members.CreatedById ?? Guid.Empty).Where(id => id != Guid.Empty).Select(UserGroup));
        }
        return [.. groups.Distinct()];
    }
}

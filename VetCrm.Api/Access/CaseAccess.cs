using Microsoft.EntityFrameworkCore;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Access;

/// <summary>
/// The one place that decides who sees and changes what, and so who hears of a change. Commands, queries, the live
/// hub and the outbox dispatcher use it; it knows nothing of HTTP.
/// <list type="bullet">
/// <item>admin: everything.</item>
/// <item>coordinator: the intake queue (open referrals and their pets) and its cases — pets it created or that have a
/// referral it received — with their referrals, plans and logs. Changes pets and referrals it sees (intake, triage,
/// status); logs interactions on its cases only.</item>
/// <item>specialist: pets assigned to it and their referrals, plans and logs. Changes plans and logs on those, and
/// referral status; not pets or other referral fields.</item>
/// <item>clientCare: every pet with owner contact, every interaction log, every plan without diagnosisNotes and
/// medicationNotes; no referrals. Logs calls, emails and notes.</item>
/// <item>appointments follow the case: coordinators and admins book on pets they see; a specialist sees its own calendar
/// and its cases' appointments and books itself on its cases; client care sees every appointment (to tell owners) and
/// books nothing.</item>
/// <item>no role: nothing clinical.</item>
/// </list>
/// Out-of-reach records are simply not in these queries (→ not found); <c>May…</c> checks decide changes on visible ones (→ forbidden).
/// </summary>
public sealed partial class CaseAccess(VetCrmDbContext db)
{
    /// <summary>Interaction types client care may log: calls, emails and notes, never clinical consults.</summary>
    public static readonly string[] ClientCareInteractionTypes = [InteractionTypes.Call, InteractionTypes.Email, InteractionTypes.Note];

    public IQueryable<Pet> Pets(Actor actor)
    {
        var uid = actor.UserId;
        var cases = CasePetIds(actor);
        var queuePets = db.Referrals.Where(IntakeQueue.Contains).Select(r => r.PetId);
        return actor.Role switch
        {
            Roles.Admin or Roles.ClientCare => db.Pets,
            Roles.Specialist => db.Pets.Where(p => p.AssignedSpecialistId == uid),
            Roles.Coordinator => db.Pets.Where(p => cases!.Concat(queuePets).Contains(p.Id)),
            _ => db.Pets.Where(_ => false),
        };
    }

    /// <summary>
    /// Pets the header search may find. Beyond the caller's own reach, a coordinator finds every pet — so a colleague's
    /// returning patient is found rather than entered twice — but a search hit carries only what identifies the pet and
    /// reaches its owner (names, species, breed, owner phone, primary vet clinic, assigned specialist), the same contact
    /// data client care sees on any case; no medical history, referral reasons, plans or logs, and the case itself still
    /// answers 404. Client care and admins find every pet; specialists their own.
    /// </summary>
    public IQueryable<Pet> SearchablePets(Actor actor) => actor.Role == Roles.Coordinator ? db.Pets : Pets(actor);

    /// <summary>
    /// Pets a new referral may be recorded for: every pet the caller can find, so a colleague's returning patient gets its
    /// new referral instead of a second record. The referral then brings the case into the receiver's reach, as intake does.
    /// </summary>
    public IQueryable<Pet> PetsForIntake(Actor actor) => SearchablePets(actor);

    public IQueryable<Referral> Referrals(Actor actor)
    {
        var cases = CasePetIds(actor);
        return actor.Role switch
        {
            Roles.Admin => db.Referrals,
            Roles.Specialist => db.Referrals.Where(r => cases!.Contains(r.PetId)),
            Roles.Coordinator => db.Referrals.Where(IntakeQueue.HasQueueStatusOr(r => cases!.Contains(r.PetId))),
            _ => db.Referrals.Where(_ => false),
        };
    }

    public IQueryable<TreatmentPlan> TreatmentPlans(Actor actor)
    {
        var cases = CasePetIds(actor);
        return actor.Role switch
        {
            Roles.Admin or Roles.ClientCare => db.TreatmentPlans,
            Roles.Specialist or Roles.Coordinator => db.TreatmentPlans.Where(p => cases!.Contains(p.PetId)),
            _ => db.TreatmentPlans.Where(_ => false),
        };
    }

    public IQueryable<InteractionLog> InteractionLogs(Actor actor)
    {
        var cases = CasePetIds(actor);
        return actor.Role switch
        {
            Roles.Admin or Roles.ClientCare => db.InteractionLogs,
            Roles.Specialist or Roles.Coordinator => db.InteractionLogs.Where(l => cases!.Contains(l.PetId)),
            _ => db.InteractionLogs.Where(_ => false),
        };
    }

    public IQueryable<Appointment> Appointments(Actor actor)
    {
        var uid = actor.UserId;
        var cases = CasePetIds(actor);
        var pets = Pets(actor).Select(p => p.Id);
        return actor.Role switch
        {
            Roles.Admin or Roles.ClientCare => db.Appointments,
            Roles.Specialist => db.Appointments.Where(a => a.SpecialistId == uid || cases!.Contains(a.PetId)),
            Roles.Coordinator => db.Appointments.Where(a => pets.Contains(a.PetId)),
            _ => db.Appointments.Where(_ => false),
        };
    }

    /// <summary>Pets on which the actor may log interactions: a coordinator's own cases, not merely queue pets.</summary>
    public IQueryable<Pet> PetsForInteractions(Actor actor) =>
        actor.Role == Roles.Coordinator ? db.Pets.Where(p => CasePetIds(actor)!.Contains(p.Id)) : Pets(actor);

    /// <summary>
    /// Whether the actor may log interactions on a pet it has just read through <see cref="Pets"/>. Only a coordinator's
    /// set is narrower (queue pets are readable, not worked), so only then does this ask the database.
    /// </summary>
    public async Task<bool> MayLogInteractionsOnReadablePetAsync(Actor actor, Guid petId, CancellationToken cancellationToken) =>
        actor.Role != Roles.Coordinator || await PetsForInteractions(actor).AnyAsync(p => p.Id == petId, cancellationToken);

    /// <summary>Whether the role may read records of this type at all (client care reads no referrals).</summary>
    public static bool MayRead(string? role, RecordType type) =>
        type == RecordTypes.Referral ? role is Roles.Admin or Roles.Coordinator or Roles.Specialist : role is not null;

    /// <summary>Whether the actor may create a record of this type at all (references are checked against the visible sets).</summary>
    public static bool MayCreate(Actor actor, RecordType type) =>
        type == RecordTypes.Pet || type == RecordTypes.Referral ? actor.Role is Roles.Admin or Roles.Coordinator
        : type == RecordTypes.TreatmentPlan ? actor.Role is Roles.Admin or Roles.Specialist
        : type == RecordTypes.Appointment ? actor.Role is Roles.Admin or Roles.Coordinator or Roles.Specialist
        : type == RecordTypes.InteractionLog && actor.HasRole;

    /// <summary>Whether the actor may edit a record of this type that it can see.</summary>
    public static bool MayUpdate(Actor actor, RecordType type) => MayCreate(actor, type);

    public static bool MayChangeStatus(Actor actor, RecordType type) =>
        type == RecordTypes.Referral || type == RecordTypes.Appointment ? actor.Role is Roles.Admin or Roles.Coordinator or Roles.Specialist
        : type == RecordTypes.TreatmentPlan && actor.Role is Roles.Admin or Roles.Specialist;

    public static bool MayArchive(Actor actor) => actor.IsAdmin;

    /// <summary>Whose calendar the actor may book into: a specialist books only itself, coordinators and admins anyone.</summary>
    public static bool MayBookFor(Actor actor, Guid specialistId) => actor.Role != Roles.Specialist || specialistId == actor.UserId;

    public static bool MayLogInteractionType(Actor actor, string interactionType) =>
        actor.Role != Roles.ClientCare || ClientCareInteractionTypes.Contains(interactionType);

    /// <summary>clientCare never receives diagnosisNotes or medicationNotes.</summary>
    public static bool MayReadClinicalNotes(Actor actor) => actor.HasRole && actor.Role != Roles.ClientCare;

    public static bool MayReadReferrals(Actor actor) => MayRead(actor.Role, RecordTypes.Referral);

    public static bool MayReadAudit(Actor actor) => actor.IsAdmin;

    /// <summary>Counts across every clinic's referrals: more than any role but the admin may see.</summary>
    public static bool MayReadReferralAnalytics(Actor actor) => actor.IsAdmin;

    public static bool MayManageUsers(Actor actor) => actor.IsAdmin;

    /// <summary>Drops includes of records the actor cannot read (client care and referrals); the reference id stays.</summary>
    public static IReadOnlySet<string> ReadableIncludes(Actor actor, IReadOnlySet<string> include) =>
        MayReadReferrals(actor) || !include.Contains("referral") ? include : include.Where(i => i != "referral").ToHashSet();

    public static string UserGroup(Guid userId) => $"user:{userId}";
    public static string RoleGroup(string role) => $"role:{role}";

    /// <summary>The live groups a signed-in connection joins: its user's and its role's.</summary>
    public static string[] LiveGroupsOf(Actor actor) => actor.Role is { } role ? [UserGroup(actor.UserId), RoleGroup(role)] : [];

    private sealed record CaseMembers(Guid PetId, Guid AssignedSpecialistId, Guid? CreatedById, Guid[] ReceivedByIds);

    /// <summary>
    /// Who hears of each change, following the reach above: the roles that see every case (admins; client care, except
    /// for referrals, which it cannot read); the pet's assigned specialist; the coordinators whose case it is; and every
    /// coordinator when a referral enters, moves in or leaves the intake queue; and the event's own extra listeners (a booking's
    /// specialist, whoever a reassignment took the record from). Events of participants-only record types (threads,
    /// messages) go to exactly the participants they carry. One query for the whole batch.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> LiveAudiencesAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var reachEvents = messages.Where(m => !IsParticipantsOnly(m)).ToList();
        var petIds = reachEvents.Select(m => m.PetId).Distinct().ToArray();
        var members = await db.Pets.AsNoTracking()
            .Where(p => petIds.Contains(p.Id))
            .Select(p => new CaseMembers(p.Id, p.AssignedSpecialistId, p.CreatedById, p.Referrals.Select(r => r.ReceivedById).Distinct().ToArray()))
            .ToDictionaryAsync(p => p.PetId, cancellationToken);
        var memberIds = members.Values.SelectMany(m => m.ReceivedByIds.Append(m.AssignedSpecialistId).Append(m.CreatedById ?? Guid.Empty))
            .Concat(reachEvents.SelectMany(m => m.AlsoHeardBy)).Distinct().ToArray();
        var roles = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id) && u.Role != null)
            .ToDictionaryAsync(u => UserGroup(u.Id), u => RoleGroup(u.Role!), cancellationToken);
        return messages.ToDictionary(m => m.Id, m => IsParticipantsOnly(m)
            ? [.. m.AlsoHeardBy.Distinct().Select(UserGroup)]
            : (IReadOnlyList<string>)LiveAudience(m, members.GetValueOrDefault(m.PetId), roles));
    }

    private static bool IsParticipantsOnly(OutboxMessage message) => RecordTypes.Named(message.EntityType)?.Audience.IsParticipantsOnly == true;

    /// <param name="roleGroupOfUser">user group → the group of the user's role: a connection is in both, so a user whose role's
    /// group is addressed is not addressed again by name (one event per connection, the backplane sends per group).</param>
    private static List<string> LiveAudience(OutboxMessage message, CaseMembers? members, IReadOnlyDictionary<string, string> roleGroupOfUser)
    {
        var type = RecordTypes.Named(message.EntityType);
        List<string> groups = [.. new[] { Roles.Admin, Roles.ClientCare }.Where(role => role == Roles.Admin || (type is not null && MayRead(role, type))).Select(RoleGroup)];
        if (message.AffectsIntakeQueue) groups.Add(RoleGroup(Roles.Coordinator));
        if (members is not null)
        {
            groups.Add(UserGroup(members.AssignedSpecialistId));
            groups.AddRange(members.ReceivedByIds.Append(members.CreatedById ?? Guid.Empty).Where(id => id != Guid.Empty).Select(UserGroup));
        }
        groups.AddRange(message.AlsoHeardBy.Select(UserGroup));
        return [.. groups.Distinct().Where(group => !(roleGroupOfUser.TryGetValue(group, out var roleGroup) && groups.Contains(roleGroup)))];
    }

    /// <summary>Ids of the actor's own cases; null when the role's reach is not limited to cases.</summary>
    private IQueryable<Guid>? CasePetIds(Actor actor)
    {
        var uid = actor.UserId;
        return actor.Role switch
        {
            Roles.Specialist => db.Pets.Where(p => p.AssignedSpecialistId == uid).Select(p => p.Id),
            // A union of two indexed lookups rather than an OR, which PostgreSQL could only answer by scanning every pet.
            Roles.Coordinator => db.Pets.Where(p => p.CreatedById == uid).Select(p => p.Id)
                .Concat(db.Referrals.Where(r => r.ReceivedById == uid).Select(r => r.PetId)),
            _ => null,
        };
    }
}

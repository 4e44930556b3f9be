using Microsoft.EntityFrameworkCore;
using VetCrm.Data;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Access;

/// <summary>
/// The one place that decides who sees and changes what (SPEC §3). REST handlers use it now; GraphQL resolvers
/// and the SignalR hub must use it too, so it knows nothing of HTTP.
/// <list type="bullet">
/// <item>admin: everything.</item>
/// <item>coordinator: the intake queue (open referrals and their pets) and its cases — pets it created or that have a
/// referral it received — with their referrals, plans and logs. Changes pets and referrals it sees (intake, triage,
/// status); logs interactions on its cases only.</item>
/// <item>specialist: pets assigned to it and their referrals, plans and logs. Changes plans and logs on those, and
/// referral status; not pets or other referral fields.</item>
/// <item>clientCare: every pet with owner contact, every interaction log, every plan without diagnosisNotes and
/// medicationNotes; no referrals. Logs calls, emails and notes.</item>
/// <item>no role: nothing clinical (clinical endpoints answer 403 before reaching here).</item>
/// </list>
/// Out-of-reach records are simply not in these queries (→ 404); <c>May…</c> checks decide changes on visible ones (→ 403).
/// </summary>
public sealed class CaseAccess(VetCrmDbContext db)
{
    /// <summary>Interaction types client care may log (SPEC §3: calls, emails, notes).</summary>
    public static readonly string[] ClientCareInteractionTypes = [InteractionTypes.Call, InteractionTypes.Email, InteractionTypes.Note];

    public IQueryable<Pet> Pets(Actor actor)
    {
        var uid = actor.UserId;
        return actor.Role switch
        {
            Roles.Admin or Roles.ClientCare => db.Pets,
            Roles.Specialist => db.Pets.Where(p => p.AssignedSpecialistId == uid),
            Roles.Coordinator => db.Pets.Where(p => CasePetIds(actor)!
                .Concat(db.Referrals.Where(r => (r.Status == ReferralStatuses.Received || r.Status == ReferralStatuses.Triaged) && r.ArchivedAt == null)
                    .Select(r => r.PetId))
                .Contains(p.Id)),
            _ => db.Pets.Where(_ => false),
        };
    }

    public IQueryable<Referral> Referrals(Actor actor)
    {
        var cases = CasePetIds(actor);
        return actor.Role switch
        {
            Roles.Admin => db.Referrals,
            Roles.Specialist => db.Referrals.Where(r => cases!.Contains(r.PetId)),
            Roles.Coordinator => db.Referrals.Where(r => r.Status == ReferralStatuses.Received || r.Status == ReferralStatuses.Triaged
                || cases!.Contains(r.PetId)),
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

    /// <summary>Pets on which the actor may log interactions: a coordinator's own cases, not merely queue pets.</summary>
    public IQueryable<Pet> PetsForInteractions(Actor actor) =>
        actor.Role == Roles.Coordinator ? db.Pets.Where(p => CasePetIds(actor)!.Contains(p.Id)) : Pets(actor);

    /// <summary>Whether the actor may create a record of this kind at all (references are checked against the visible sets).</summary>
    public static bool MayCreate(Actor actor, RecordKind kind) => kind switch
    {
        RecordKind.Pet or RecordKind.Referral => actor.Role is Roles.Admin or Roles.Coordinator,
        RecordKind.TreatmentPlan => actor.Role is Roles.Admin or Roles.Specialist,
        RecordKind.InteractionLog => actor.HasRole,
        _ => false,
    };

    /// <summary>Whether the actor may edit a record of this kind that it can see.</summary>
    public static bool MayUpdate(Actor actor, RecordKind kind) => MayCreate(actor, kind);

    public static bool MayChangeStatus(Actor actor, RecordKind kind) => kind switch
    {
        RecordKind.Referral => actor.Role is Roles.Admin or Roles.Coordinator or Roles.Specialist,
        RecordKind.TreatmentPlan => actor.Role is Roles.Admin or Roles.Specialist,
        _ => false,
    };

    public static bool MayArchive(Actor actor) => actor.IsAdmin;

    public static bool MayLogInteractionType(Actor actor, string interactionType) =>
        actor.Role != Roles.ClientCare || ClientCareInteractionTypes.Contains(interactionType);

    /// <summary>clientCare never receives diagnosisNotes or medicationNotes.</summary>
    public static bool MayReadClinicalNotes(Actor actor) => actor.HasRole && actor.Role != Roles.ClientCare;

    public static bool MayReadReferrals(Actor actor) => actor.Role is Roles.Admin or Roles.Coordinator or Roles.Specialist;

    public static bool MayReadAudit(Actor actor) => actor.IsAdmin;

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

public static class CaseAccessIncludes
{
    /// <summary>Drops includes of records the actor cannot read (client care and referrals); the reference id stays.</summary>
    public static IReadOnlySet<string> Readable(this Actor actor, IReadOnlySet<string> include) =>
        CaseAccess.MayReadReferrals(actor) || !include.Contains("referral") ? include : include.Where(i => i != "referral").ToHashSet();
}

using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Api.Interactions;
using VetCrm.Api.Pets;
using VetCrm.Api.Referrals;
using VetCrm.Api.TreatmentPlans;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Cases;

/// <summary>The case read model: one call for the case page, a fixed number of queries whatever the number of referrals and plans.</summary>
public sealed class CaseQueries(VetCrmDbContext db, CaseAccess access, AuditLog audit, TreatmentPlanQueries plans)
{
    public const int TimelineLength = 100;

    private static readonly HashSet<string> PetIncludes = ["assignedSpecialist"];
    private static readonly HashSet<string> ReferralIncludes = ["receivedBy"];
    private static readonly HashSet<string> PlanIncludes = ["createdBy"];
    private static readonly HashSet<string> TimelineIncludes = ["user"];
    private static readonly Func<StatusChange, StatusChangeView> ToStatusChangeView = StatusChangeView.Projection.Compile();

    /// <param name="personalRead">A person opened the case (audited as a read of the pet); false for a live refresh.</param>
    public async Task<Outcome<CaseView>> ReadAsync(Actor actor, Guid petId, CaseRequest request, bool personalRead, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        var type = check.OptionalChoice("interactionType", request.InteractionType, InteractionTypes.All);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        var pet = await access.Pets(actor).AsNoTracking().Where(p => p.Id == petId).Select(PetCommands.Views.For(actor, PetIncludes)).FirstOrDefaultAsync(cancellationToken);
        if (pet is null) return Refusal.NotFound(RecordTypes.Pet.Name);

        var referrals = CaseAccess.MayReadReferrals(actor) ? await ReferralsAsync(actor, petId, cancellationToken) : null;
        var casePlans = await PlansAsync(actor, petId, cancellationToken);
        var timeline = access.InteractionLogs(actor).AsNoTracking().Where(l => l.PetId == petId && l.ArchivedAt == null);
        if (type is not null) timeline = timeline.Where(l => l.InteractionType == type);
        var entries = await timeline.OrderByDescending(l => l.InteractionAt).ThenByDescending(l => l.Id).Take(TimelineLength)
            .Select(InteractionCommands.Views.For(actor, TimelineIncludes)).ToListAsync(cancellationToken);

        List<string> actions = [];
        if (CaseAccess.MayCreate(actor, RecordTypes.Referral)) actions.Add(RecordActions.AddReferral);
        if (CaseAccess.MayCreate(actor, RecordTypes.TreatmentPlan)) actions.Add(RecordActions.AddPlan);
        if (await access.MayLogInteractionsOnReadablePetAsync(actor, petId, cancellationToken)) actions.Add(RecordActions.LogInteraction);
        if (personalRead) await audit.RecordReadAsync(actor, RecordTypes.Pet.Name, petId, cancellationToken);
        return new CaseView(PetCommands.WithActions(actor, pet), referrals, casePlans,
            [.. entries.Select(e => InteractionCommands.WithActions(actor, e))], actions);
    }

    // Each referral's status history and each plan's versions come in the query of the referrals and of the plans.
    private async Task<List<CaseReferralView>> ReferralsAsync(Actor actor, Guid petId, CancellationToken cancellationToken)
    {
        var referralType = RecordTypes.Referral.Name;
        var rows = await access.Referrals(actor).AsNoTracking().Where(r => r.PetId == petId && r.ArchivedAt == null)
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
            .Select(ReferralCommands.Views.For(actor, ReferralIncludes).With(r => db.StatusChanges
                .Where(c => c.EntityType == referralType && c.EntityId == r.Id).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToList()))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CaseReferralView(ReferralCommands.WithActions(actor, r.View), [.. r.Related.Select(ToStatusChangeView)]))];
    }

    private async Task<List<CasePlanView>> PlansAsync(Actor actor, Guid petId, CancellationToken cancellationToken)
    {
        var withSaver = plans.WithSaver;
        var rows = await access.TreatmentPlans(actor).AsNoTracking().Where(p => p.PetId == petId && p.ArchivedAt == null)
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Select(TreatmentPlanCommands.Views.For(actor, PlanIncludes).With(p => db.TreatmentPlanVersions
                .Where(v => v.TreatmentPlanId == p.Id).OrderBy(v => v.VersionNumber).Select(withSaver).ToList()))
            .ToListAsync(cancellationToken);
        var clinical = CaseAccess.MayReadClinicalNotes(actor);
        return [.. rows.Select(p => new CasePlanView(TreatmentPlanCommands.WithActions(actor, p.View), [.. p.Related.Select(v => TreatmentPlanQueries.VersionView(v, clinical))]))];
    }
}

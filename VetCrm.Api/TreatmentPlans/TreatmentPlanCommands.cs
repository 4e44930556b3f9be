using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Api.TreatmentPlans;

/// <summary>Changes to treatment plans: create, patch, status moves, archive. Every save keeps a version (see the save pipeline).</summary>
public sealed class TreatmentPlanCommands(VetCrmDbContext db, CaseAccess access, TimeProvider time)
{
    private static readonly RecordType Type = RecordTypes.TreatmentPlan;

    public static readonly ViewProjections<TreatmentPlan, TreatmentPlanView> Views =
        new((actor, include) => TreatmentPlanView.Projection(CaseAccess.ReadableIncludes(actor, include), CaseAccess.MayReadClinicalNotes(actor)));

    public async Task<Outcome<TreatmentPlanView>> CreateAsync(Actor actor, CreateTreatmentPlanRequest request, CancellationToken cancellationToken)
    {
        if (!CaseAccess.MayCreate(actor, Type)) return Refusal.Forbidden("Your role may not create a treatmentPlan.");
        var check = new FieldChecks();
        var plan = new TreatmentPlan
        {
            PlanTitle = check.Required("planTitle", request.PlanTitle, 200),
            PetId = check.Reference("pet", request.Pet?.Id),
            ReferralId = check.Reference("referral", request.Referral?.Id),
            DiagnosisNotes = check.Required("diagnosisNotes", request.DiagnosisNotes, 8000),
            PlanStatus = check.OptionalChoice("planStatus", request.PlanStatus, PlanStatuses.All) ?? PlanStatuses.Draft,
            NextReviewDate = request.NextReviewDate,
            MedicationNotes = check.Optional("medicationNotes", request.MedicationNotes, 8000),
            ClientInstructions = check.Required("clientInstructions", request.ClientInstructions, 8000),
            CreatedByUserId = actor.UserId,
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (!await access.Pets(actor).AnyAsync(p => p.Id == plan.PetId, cancellationToken))
            check.Add("pet", "no pet with this id is within your reach.");
        var referralPet = await access.Referrals(actor).Where(r => r.Id == plan.ReferralId).Select(r => (Guid?)r.PetId).FirstOrDefaultAsync(cancellationToken);
        if (referralPet is null) check.Add("referral", "no referral with this id is within your reach.");
        else if (referralPet != plan.PetId) check.Add("referral", "belongs to another pet: a plan's pet must be the pet of its referral.");
        if (check.Failed) return Refusal.Invalid(check.Errors);
        db.TreatmentPlans.Add(plan);
        StatusHistory.Add(db, Type, plan.Id, null, plan.PlanStatus, actor.UserId, null, time.GetUtcNow());
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, plan);
    }

    public async Task<Outcome<TreatmentPlanView>> PatchAsync(Actor actor, Guid id, PatchTreatmentPlanRequest request, CancellationToken cancellationToken)
    {
        var plan = await access.TreatmentPlans(actor).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null) return Refusal.NotFound(Type.Name);
        if (!CaseAccess.MayUpdate(actor, Type)) return Refusal.Forbidden("Your role may not change this treatmentPlan.");
        if (request.Version is not { } version) return Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
        if (version != plan.Version) return RecordSave.Stale(Type, plan.Version);
        var check = new FieldChecks();
        if (request.PlanTitle.HasValue) plan.PlanTitle = check.Required("planTitle", request.PlanTitle.Value, 200);
        if (request.DiagnosisNotes.HasValue) plan.DiagnosisNotes = check.Required("diagnosisNotes", request.DiagnosisNotes.Value, 8000);
        if (request.NextReviewDate.HasValue) plan.NextReviewDate = request.NextReviewDate.Value;
        if (request.MedicationNotes.HasValue) plan.MedicationNotes = check.Optional("medicationNotes", request.MedicationNotes.Value, 8000);
        if (request.ClientInstructions.HasValue) plan.ClientInstructions = check.Required("clientInstructions", request.ClientInstructions.Value, 8000);
        var status = request.PlanStatus.HasValue ? check.Choice("planStatus", request.PlanStatus.Value, PlanStatuses.All) : plan.PlanStatus;
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        // A status sent back unchanged with other edits is no move; a new one is recorded in the history, without a reason.
        if (status != plan.PlanStatus && StatusCommand.Move(db, time, Type, plan, status, actor, reason: null).Refusal is { } refused)
            return RecordSave.Discard(db, refused);
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, plan);
    }

    public Task<Outcome<TreatmentPlanView>> ChangeStatusAsync(Actor actor, Guid id, StatusChangeRequest request, CancellationToken cancellationToken) =>
        StatusCommand.ChangeAsync(db, time, Type, access.TreatmentPlans(actor), actor, id, request, p => ViewOf(actor, p), cancellationToken);

    public Task<Outcome<TreatmentPlanView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ArchiveCommand.ArchiveAsync(db, time, Type, access.TreatmentPlans(actor), actor, id, p => ViewOf(actor, p), cancellationToken);

    public static TreatmentPlanView WithActions(Actor actor, TreatmentPlanView view) => view with
    {
        AllowedActions = RecordActions.Allowed(actor, Type, view.PlanStatus),
        NextStatuses = RecordActions.NextStatuses(actor, Type, view.PlanStatus),
    };

    private static TreatmentPlanView ViewOf(Actor actor, TreatmentPlan plan) => WithActions(actor, Views.Of(actor, plan));
}

using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.Tasks;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Interactions;

/// <summary>Changes to interaction logs: log, patch, archive. HTTP-free: any interface calls these with the caller.</summary>
public sealed class InteractionCommands(VetCrmDbContext db, CaseAccess access, TimeProvider time, FollowUpTasks followUps)
{
    private static readonly RecordType Type = RecordTypes.InteractionLog;

    public static readonly ViewProjections<InteractionLog, InteractionView> Views =
        new((actor, include) => InteractionView.Projection(CaseAccess.ReadableIncludes(actor, include), CaseAccess.MayReadClinicalNotes(actor)));

    public async Task<Outcome<InteractionView>> CreateAsync(Actor actor, CreateInteractionRequest request, CancellationToken cancellationToken)
    {
        if (!CaseAccess.MayCreate(actor, Type)) return Refusal.Forbidden("Your role may not log interactions.");
        var check = new FieldChecks();
        var log = new InteractionLog
        {
            PetId = check.Reference("pet", request.Pet?.Id),
            ReferralId = request.Referral?.Id,
            TreatmentPlanId = request.TreatmentPlan?.Id,
            UserId = request.User?.Id ?? actor.UserId,
            InteractionType = check.Choice("interactionType", request.InteractionType, InteractionTypes.All),
            Summary = check.Required("summary", request.Summary, 4000),
            FollowUpNeeded = check.Required("followUpNeeded", request.FollowUpNeeded),
            InteractionAt = request.InteractionAt ?? time.GetUtcNow(),
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (!await access.PetsForInteractions(actor).AnyAsync(p => p.Id == log.PetId, cancellationToken))
            check.Add("pet", "no pet with this id is within your reach (coordinators log on their own cases).");
        await CheckReferencesAsync(actor, log, check, cancellationToken);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (ForbiddenType(actor, log) is { } forbidden) return forbidden;
        db.InteractionLogs.Add(log);
        if (log.FollowUpNeeded) await followUps.AddForAsync(actor, log, cancellationToken);
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, log);
    }

    public async Task<Outcome<InteractionView>> PatchAsync(Actor actor, Guid id, PatchInteractionRequest request, CancellationToken cancellationToken)
    {
        var log = await access.InteractionLogs(actor).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (log is null) return Refusal.NotFound(Type.Name);
        if (!CaseAccess.MayUpdate(actor, Type)) return Refusal.Forbidden("Your role may not change this interactionLog.");
        if (ForbiddenType(actor, log) is { } forbiddenBefore) return forbiddenBefore;
        if (request.Version is not { } version) return Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
        if (version != log.Version) return RecordSave.Stale(Type, log.Version);
        var check = new FieldChecks();
        if (request.Referral.HasValue) log.ReferralId = request.Referral.Value?.Id;
        if (request.TreatmentPlan.HasValue) log.TreatmentPlanId = request.TreatmentPlan.Value?.Id;
        if (request.User.HasValue && request.User.Value is { } user) log.UserId = user.Id;
        if (request.InteractionType.HasValue) log.InteractionType = check.Choice("interactionType", request.InteractionType.Value, InteractionTypes.All);
        if (request.Summary.HasValue) log.Summary = check.Required("summary", request.Summary.Value, 4000);
        if (request.FollowUpNeeded.HasValue) log.FollowUpNeeded = check.Required("followUpNeeded", request.FollowUpNeeded.Value);
        if (request.InteractionAt.HasValue) log.InteractionAt = check.Required("interactionAt", request.InteractionAt.Value);
        if (!check.Failed) await CheckReferencesAsync(actor, log, check, cancellationToken);
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        if (ForbiddenType(actor, log) is { } forbidden) return RecordSave.Discard(db, forbidden);
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, log);
    }

    public Task<Outcome<InteractionView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ArchiveCommand.ArchiveAsync(db, time, Type, access.InteractionLogs(actor), actor, id, l => ViewOf(actor, l), cancellationToken);

    public static InteractionView WithActions(Actor actor, InteractionView view) => view with { AllowedActions = RecordActions.Allowed(actor, Type) };

    private static InteractionView ViewOf(Actor actor, InteractionLog log) => WithActions(actor, Views.Of(actor, log));

    private static Refusal? ForbiddenType(Actor actor, InteractionLog log) => CaseAccess.MayLogInteractionType(actor, log.InteractionType) ? null
        : Refusal.Forbidden($"Client care may log only these interaction types: {string.Join(", ", CaseAccess.ClientCareInteractionTypes)}.");

    private async Task CheckReferencesAsync(Actor actor, InteractionLog log, FieldChecks check, CancellationToken cancellationToken)
    {
        if (log.ReferralId is { } referral && !await db.Referrals.AnyAsync(r => r.Id == referral && r.PetId == log.PetId, cancellationToken))
            check.Add("referral", "must be a referral of this log's pet.");
        if (log.TreatmentPlanId is { } plan && !await db.TreatmentPlans.AnyAsync(p => p.Id == plan && p.PetId == log.PetId, cancellationToken))
            check.Add("treatmentPlan", "must be a treatment plan of this log's pet.");
        // The caller was just read as an existing user; only someone else's id needs a look.
        if (log.UserId != actor.UserId && !await db.Users.AnyAsync(u => u.Id == log.UserId, cancellationToken))
            check.Add("user", "must reference an existing user.");
    }
}

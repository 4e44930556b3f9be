using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Api.Referrals;

/// <summary>Changes to referrals: intake, patch, status moves, archive. HTTP-free: any interface calls these with the caller.</summary>
public sealed class ReferralCommands(VetCrmDbContext db, CaseAccess access, TimeProvider time)
{
    private static readonly RecordType Type = RecordTypes.Referral;

    public static readonly ViewProjections<Referral, ReferralView> Views = new((_, include) => ReferralView.Projection(include));

    public async Task<Outcome<ReferralView>> CreateAsync(Actor actor, CreateReferralRequest request, CancellationToken cancellationToken)
    {
        if (!CaseAccess.MayCreate(actor, Type)) return Refusal.Forbidden("Your role may not create a referral.");
        var check = new FieldChecks();
        var referral = new Referral
        {
            ReferralNumber = check.Optional("referralNumber", request.ReferralNumber, 40) ?? "",
            PetId = check.Reference("pet", request.Pet?.Id),
            ReferringClinic = check.Required("referringClinic", request.ReferringClinic, 200),
            ReferralReason = check.Required("referralReason", request.ReferralReason, 4000),
            Status = check.OptionalChoice("status", request.Status, ReferralStatuses.All) ?? ReferralStatuses.Received,
            ReceivedById = request.ReceivedBy?.Id ?? actor.UserId,
            ReceivedAt = request.ReceivedAt ?? time.GetUtcNow(),
            Priority = check.Choice("priority", request.Priority, ReferralPriorities.All),
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (referral.Status != ReferralStatuses.Received)
            check.Add("status", $"a new referral starts as '{ReferralStatuses.Received}'; then it {PatchReferralRequest.StatusOnlyByItsRoute}");
        if (!await access.PetsForIntake(actor).AnyAsync(p => p.Id == referral.PetId, cancellationToken))
            check.Add("pet", "no pet with this id can be found.");
        await CheckReceiverAndNumberAsync(actor, referral, null, check, cancellationToken);
        if (check.Failed) return Refusal.Invalid(check.Errors);
        db.Referrals.Add(referral);
        StatusHistory.Add(db, Type, referral.Id, null, referral.Status, actor.UserId, null, time.GetUtcNow());
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, referral);
    }

    public async Task<Outcome<ReferralView>> PatchAsync(Actor actor, Guid id, PatchReferralRequest request, CancellationToken cancellationToken)
    {
        var referral = await access.Referrals(actor).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null) return Refusal.NotFound(Type.Name);
        if (!CaseAccess.MayUpdate(actor, Type)) return Refusal.Forbidden("Your role may not change this referral.");
        if (request.Version is not { } version) return Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten.");
        if (version != referral.Version) return RecordSave.Stale(Type, referral.Version);
        var check = new FieldChecks();
        if (request.ReferralNumber.HasValue) referral.ReferralNumber = check.Optional("referralNumber", request.ReferralNumber.Value, 40) ?? "";
        if (request.ReferringClinic.HasValue) referral.ReferringClinic = check.Required("referringClinic", request.ReferringClinic.Value, 200);
        if (request.ReferralReason.HasValue) referral.ReferralReason = check.Required("referralReason", request.ReferralReason.Value, 4000);
        var receiverBefore = referral.ReceivedById;
        if (request.ReceivedBy.HasValue && request.ReceivedBy.Value is { } receivedBy) referral.ReceivedById = receivedBy.Id;
        if (request.ReceivedAt.HasValue) referral.ReceivedAt = check.Required("receivedAt", request.ReceivedAt.Value);
        if (request.Priority.HasValue) referral.Priority = check.Choice("priority", request.Priority.Value, ReferralPriorities.All);
        if (!check.Failed) await CheckReceiverAndNumberAsync(actor, referral, receiverBefore, check, cancellationToken);
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, referral);
    }

    public Task<Outcome<ReferralView>> ChangeStatusAsync(Actor actor, Guid id, StatusChangeRequest request, CancellationToken cancellationToken) =>
        StatusCommand.ChangeAsync(db, time, Type, access.Referrals(actor), actor, id, request, r => ViewOf(actor, r), cancellationToken);

    public Task<Outcome<ReferralView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ArchiveCommand.ArchiveAsync(db, time, Type, access.Referrals(actor), actor, id, r => ViewOf(actor, r), cancellationToken);

    public static ReferralView WithActions(Actor actor, ReferralView view) => view with
    {
        AllowedActions = RecordActions.Allowed(actor, Type, view.Status),
        NextStatuses = RecordActions.NextStatuses(actor, Type, view.Status),
    };

    private static ReferralView ViewOf(Actor actor, Referral referral) => WithActions(actor, Views.Of(actor, referral));

    /// <param name="receiverBefore">The receiver the stored referral had; null for a new one.</param>
    private async Task CheckReceiverAndNumberAsync(Actor actor, Referral referral, Guid? receiverBefore, FieldChecks check, CancellationToken cancellationToken)
    {
        // Only a receiver named anew is looked up: the caller is staff (only admins and coordinators write referrals), and
        // one who has left the staff since receiving the referral does not block changes to the rest of it.
        var named = referral.ReceivedById != actor.UserId && referral.ReceivedById != receiverBefore;
        if (named && !await db.Users.AnyAsync(u => u.Id == referral.ReceivedById && u.Role != null, cancellationToken))
            check.Add("receivedBy", "must reference an existing staff user.");
        // A duplicate number is left to the unique index, which answers a conflict naming referralNumber even under a race.
        if (!check.Failed && referral.ReferralNumber.Length == 0)
            referral.ReferralNumber = await db.NextReferralNumberAsync(time.GetUtcNow().Year, cancellationToken);
    }
}

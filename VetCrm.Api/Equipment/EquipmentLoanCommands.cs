using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Api.History;
using VetCrm.Data;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;
using VetCrm.Data.Saving;

namespace VetCrm.Api.Equipment;

/// <summary>
/// Loans: lend an item to a pet, change when it is due back, take it back (into service or into maintenance), archive.
/// HTTP-free: REST, GraphQL and the web call these with the caller. A held item is refused by the database
/// (see <see cref="EquipmentSave"/>), so two desks lending the same monitor at once get one loan and one conflict.
/// </summary>
public sealed class EquipmentLoanCommands(VetCrmDbContext db, EquipmentAccess access, CaseAccess caseAccess, TimeProvider time)
{
    private static readonly RecordType Type = RecordTypes.EquipmentLoan;

    /// <summary>How far ahead of the server's clock a checkedOutAt may be (clients' clocks drift).</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static readonly ViewProjections<EquipmentLoan, EquipmentLoanView> Views =
        new((actor, include) => EquipmentLoanView.Projection(CaseAccess.ReadableIncludes(actor, include)));

    public async Task<Outcome<EquipmentLoanView>> LendAsync(Actor actor, LendEquipmentRequest request, CancellationToken cancellationToken)
    {
        if (!EquipmentAccess.MayLend(actor)) return Refusal.Forbidden("Your role may not lend equipment.");
        var now = time.GetUtcNow();
        var check = new FieldChecks();
        var loan = new EquipmentLoan
        {
            EquipmentItemId = check.Reference("equipmentItem", request.EquipmentItem?.Id),
            PetId = check.Reference("pet", request.Pet?.Id),
            ReferralId = request.Referral?.Id,
            CheckedOutAt = request.CheckedOutAt ?? now,
            DueBackAt = check.Required("dueBackAt", request.DueBackAt),
            Notes = check.Optional("notes", request.Notes, 1000),
            LoggedById = actor.UserId,
        };
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (loan.CheckedOutAt > now + ClockSkew) check.Add("checkedOutAt", "cannot be in the future; leave it out to lend now.");
        CheckDueBack(loan, check);
        if (!await access.PetsWorked(actor).AnyAsync(p => p.Id == loan.PetId, cancellationToken))
            check.Add("pet", "no pet with this id is within your reach (coordinators lend on their own cases).");
        else await CheckReferralAsync(actor, loan, check, cancellationToken);
        var item = await db.EquipmentItems.AsNoTracking().Where(i => i.Id == loan.EquipmentItemId).Select(i => new { i.Active, i.ArchivedAt }).FirstOrDefaultAsync(cancellationToken);
        if (item is null) check.Add("equipmentItem", "no equipment item with this id exists.");
        else if (!item.Active || item.ArchivedAt is not null) check.Add("equipmentItem", "is retired and cannot be lent.");
        if (check.Failed) return Refusal.Invalid(check.Errors);
        if (await EquipmentSave.HeldAsync(db, loan.EquipmentItemId, cancellationToken) is { } held) return held;
        db.EquipmentLoans.Add(loan);
        StatusHistory.Add(db, Type, loan.Id, null, loan.Status, actor.UserId, null, now);
        return await EquipmentSave.SaveAsync(db, Type, loan.EquipmentItemId, cancellationToken) is { } refused ? refused : ViewOf(actor, loan, now);
    }

    public async Task<Outcome<EquipmentLoanView>> PatchAsync(Actor actor, Guid id, PatchEquipmentLoanRequest request, CancellationToken cancellationToken)
    {
        var (loan, refusal) = await FindForChangeAsync(actor, id, request.Version, cancellationToken);
        if (refusal is not null) return refusal;
        if (loan!.Status != LoanStatuses.CheckedOut)
            return Refusal.Conflict($"A loan that is {loan.Status} is closed to changes; lend the item again for a new loan.", "status");
        var check = new FieldChecks();
        if (request.DueBackAt.HasValue) loan.DueBackAt = check.Required("dueBackAt", request.DueBackAt.Value);
        if (request.Notes.HasValue) loan.Notes = check.Optional("notes", request.Notes.Value, 1000);
        if (request.Referral.HasValue) loan.ReferralId = request.Referral.Value?.Id;
        if (!check.Failed)
        {
            CheckDueBack(loan, check);
            await CheckReferralAsync(actor, loan, check, cancellationToken);
        }
        if (check.Failed) return RecordSave.Discard(db, Refusal.Invalid(check.Errors));
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, loan, time.GetUtcNow());
    }

    /// <summary>The item comes back: into service (<c>returned</c>) or for repair (<c>maintenance</c>, which keeps it from being lent).</summary>
    public async Task<Outcome<EquipmentLoanView>> ChangeStatusAsync(Actor actor, Guid id, LoanStatusRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        var to = check.Choice("status", request.Status, LoanStatuses.All);
        var reason = check.Optional("reason", request.Reason, 1000);
        var (loan, refusal) = await FindForChangeAsync(actor, id, request.Version, cancellationToken);
        if (refusal is not null) return refusal;
        if (check.Failed) return Refusal.Invalid(check.Errors);
        var (from, illegal) = StatusCommand.Move(db, time, Type, loan!, to, actor, reason);
        if (illegal is not null) return RecordSave.Discard(db, illegal);
        var now = time.GetUtcNow();
        if (from == LoanStatuses.CheckedOut) loan!.ReturnedAt = now;
        return await RecordSave.SaveAsync(db, Type, cancellationToken) is { } conflict ? conflict : ViewOf(actor, loan!, now);
    }

    public Task<Outcome<EquipmentLoanView>> ArchiveAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ArchiveCommand.ArchiveAsync(db, time, Type, access.Loans(actor), actor, id, loan => ViewOf(actor, loan, time.GetUtcNow()), cancellationToken);

    public static EquipmentLoanView WithActions(Actor actor, EquipmentLoanView view, DateTimeOffset now) => view with
    {
        Overdue = view.Status == LoanStatuses.CheckedOut && view.DueBackAt < now,
        AllowedActions = EquipmentAccess.LoanActions(actor, view.Status),
        NextStatuses = EquipmentAccess.NextStatuses(actor, view.Status),
    };

    private static EquipmentLoanView ViewOf(Actor actor, EquipmentLoan loan, DateTimeOffset now) => WithActions(actor, Views.Of(actor, loan), now);

    /// <summary>The loan to change: in reach (else not found), on a case the caller works (else forbidden), the version sent and current (else invalid or conflict).</summary>
    private async Task<(EquipmentLoan? Loan, Refusal? Refusal)> FindForChangeAsync(Actor actor, Guid id, uint? version, CancellationToken cancellationToken)
    {
        var loan = await access.Loans(actor).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (loan is null) return (null, Refusal.NotFound(Type.Name));
        if (!EquipmentAccess.MayLend(actor) || !await access.PetsWorked(actor).AnyAsync(p => p.Id == loan.PetId, cancellationToken))
            return (null, Refusal.Forbidden("You may not change loans on this case."));
        if (version is not { } sent) return (null, Refusal.Invalid("version", "is required: send the version you last read, so a concurrent edit is not overwritten."));
        if (sent != loan.Version) return (null, RecordSave.Stale(Type, loan.Version));
        return (loan, null);
    }

    private static void CheckDueBack(EquipmentLoan loan, FieldChecks check)
    {
        if (loan.DueBackAt <= loan.CheckedOutAt) check.Add("dueBackAt", "must be after checkedOutAt.");
    }

    private async Task CheckReferralAsync(Actor actor, EquipmentLoan loan, FieldChecks check, CancellationToken cancellationToken)
    {
        if (loan.ReferralId is { } referralId
            && !await caseAccess.Referrals(actor).AnyAsync(r => r.Id == referralId && r.PetId == loan.PetId, cancellationToken))
            check.Add("referral", "must be a referral of this loan's pet within your reach.");
    }
}

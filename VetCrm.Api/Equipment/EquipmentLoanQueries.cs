using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Equipment;

/// <summary>Reads of loans within the caller's reach: one (a person's read is audited), or a page by pet, item, status, overdue.</summary>
public sealed class EquipmentLoanQueries(EquipmentAccess access, AuditLog audit, TimeProvider time)
{
    private static readonly ListOrders<EquipmentLoan, EquipmentLoanView> Orders = new ListOrders<EquipmentLoan, EquipmentLoanView>("-checkedOutAt")
        .By("checkedOutAt", l => l.CheckedOutAt, v => v.CheckedOutAt)
        .By("dueBackAt", l => l.DueBackAt, v => v.DueBackAt)
        .By("createdAt", l => l.CreatedAt, v => v.CreatedAt)
        .By("updatedAt", l => l.UpdatedAt, v => v.UpdatedAt);

    /// <param name="personalRead">A person opened the record (audited); false for a screen refreshing itself after a live event.</param>
    public Task<EquipmentLoanView?> GetAsync(Actor actor, Guid id, IReadOnlySet<string> includes, bool personalRead, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return RecordReads.GetAsync(access.Loans(actor), id, EquipmentLoanCommands.Views.For(actor, includes),
            view => EquipmentLoanCommands.WithActions(actor, view, now), RecordTypes.EquipmentLoan, actor, personalRead, audit, cancellationToken);
    }

    public async Task<(Page<EquipmentLoanView>? Page, FieldErrors Errors)> ListAsync(Actor actor, EquipmentLoanListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("status", request.Status, LoanStatuses.All);
        if (check.Failed) return (null, check.Errors);
        var now = time.GetUtcNow();
        var loans = access.Loans(actor);
        if (request.Pet is { } pet) loans = loans.Where(l => l.PetId == pet);
        if (request.Referral is { } referral) loans = loans.Where(l => l.ReferralId == referral);
        if (request.EquipmentItem is { } item) loans = loans.Where(l => l.EquipmentItemId == item);
        if (request.LoggedBy is { } loggedBy) loans = loans.Where(l => l.LoggedById == loggedBy);
        if (request.Status is { } status) loans = loans.Where(l => l.Status == status);
        if (request.Overdue is { } overdue)
            loans = overdue ? loans.Where(l => l.Status == LoanStatuses.CheckedOut && l.DueBackAt < now)
                : loans.Where(l => l.Status != LoanStatuses.CheckedOut || l.DueBackAt >= now);
        return await RecordLists.PageAsync(actor, loans, request, request.Archived, EquipmentLoanView.Includable, EquipmentLoanCommands.Views, Orders,
            (a, view) => EquipmentLoanCommands.WithActions(a, view, now), cancellationToken);
    }
}

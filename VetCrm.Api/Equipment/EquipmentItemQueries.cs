using Microsoft.EntityFrameworkCore;
using VetCrm.Api.Access;
using VetCrm.Api.Audit;
using VetCrm.Api.Commands;
using VetCrm.Api.Common;
using VetCrm.Data.Entities;
using VetCrm.Data.Records;

namespace VetCrm.Api.Equipment;

/// <summary>Reads of the equipment stock: one item, or a page by name, kind and availability.</summary>
public sealed class EquipmentItemQueries(EquipmentAccess access, AuditLog audit)
{
    private static readonly ListOrders<EquipmentItem, EquipmentItemView> Orders = new ListOrders<EquipmentItem, EquipmentItemView>("name")
        .By("name", i => i.Name, v => v.Name)
        .By("createdAt", i => i.CreatedAt, v => v.CreatedAt)
        .By("updatedAt", i => i.UpdatedAt, v => v.UpdatedAt);

    private static readonly ViewProjections<EquipmentItem, EquipmentItemView> Views = new((_, _) => EquipmentItemView.Projection);

    /// <summary>Stock is not a case: reading an item is not audited as a case read.</summary>
    public Task<EquipmentItemView?> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        RecordReads.GetAsync(access.Items(actor), id, EquipmentItemView.Projection, view => WithActions(actor, view),
            RecordTypes.EquipmentItem, actor, personalRead: false, audit, cancellationToken);

    public async Task<(Page<EquipmentItemView>? Page, FieldErrors Errors)> ListAsync(Actor actor, EquipmentItemListRequest request, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        check.OptionalChoice("kind", request.Kind, EquipmentKinds.All);
        check.OptionalChoice("availability", request.Availability, EquipmentItemView.Availabilities);
        var term = check.Optional("q", request.Q, 200);
        if (check.Failed) return (null, check.Errors);
        var items = access.Items(actor);
        if (request.Kind is { } kind) items = items.Where(i => i.Kind == kind);
        if (term is not null)
        {
            var pattern = $"%{term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_")}%";
            items = items.Where(i => EF.Functions.ILike(i.Name, pattern) || EF.Functions.ILike(i.SerialNumber, pattern));
        }
        items = request.Availability switch
        {
            EquipmentItemView.Available => items.Where(i => i.Active && !i.Loans.AsQueryable().Any(Holds)),
            EquipmentItemView.Inactive => items.Where(i => !i.Active && !i.Loans.AsQueryable().Any(Holds)),
            { } status => items.Where(i => i.Loans.Any(l => l.Status == status && l.ArchivedAt == null)),
            null => items,
        };
        return await RecordLists.PageAsync(actor, items, request, request.Archived, [], Views, Orders, WithActions, cancellationToken);
    }

    public static EquipmentItemView WithActions(Actor actor, EquipmentItemView view) =>
        view with { AllowedActions = EquipmentAccess.ItemActions(actor, view.Availability == EquipmentItemView.Available && view.ArchivedAt is null) };

    private static readonly System.Linq.Expressions.Expression<Func<EquipmentLoan, bool>> Holds =
        l => (l.Status == LoanStatuses.CheckedOut || l.Status == LoanStatuses.Maintenance) && l.ArchivedAt == null;
}

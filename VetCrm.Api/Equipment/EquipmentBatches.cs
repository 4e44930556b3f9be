using Microsoft.EntityFrameworkCore;
using VetCrm.Api.GraphQl;

namespace VetCrm.Api.Equipment;

/// <summary>One GraphQL request's batch loader for the items of loans: one query per level, like <see cref="RecordBatches"/>.</summary>
public sealed class EquipmentBatches(EquipmentAccess access)
{
    private BatchLoader<EquipmentItemView>? _items;

    public BatchLoader<EquipmentItemView> Items(Access.Actor actor) => _items ??= new((ids, token) =>
        access.Items(actor).AsNoTracking().Where(i => ids.Contains(i.Id)).Select(EquipmentItemView.Projection).ToDictionaryAsync(v => v.Id, token));
}

namespace VetCrm.Web.ApiClient;

/// <summary>Equipment and its loans.</summary>
public sealed partial class VetCrmApiClient
{
    /// <param name="q">Name or serial number contains.</param>
    public Task<Page<EquipmentItem>> ListEquipmentItemsAsync(string? availability, string? q, string? cursor, int limit, CancellationToken cancellationToken) =>
        GetAsync<Page<EquipmentItem>>("/api/equipment-items", new()
        {
            ["availability"] = availability, ["q"] = q, ["cursor"] = cursor, ["limit"] = limit.ToString(),
        }, cancellationToken);

    public Task<EquipmentItem> GetEquipmentItemAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<EquipmentItem>($"/api/equipment-items/{id}", [], cancellationToken);

    public Task<Page<EquipmentLoan>> ListEquipmentLoansAsync(EquipmentLoanQuery query, CancellationToken cancellationToken) =>
        GetAsync<Page<EquipmentLoan>>("/api/equipment-loans", new()
        {
            ["pet"] = query.Pet?.ToString(), ["status"] = query.Status, ["order"] = query.Order, ["cursor"] = query.Cursor,
            ["limit"] = query.Limit.ToString(), ["include"] = "equipmentItem,pet,loggedBy",
        }, cancellationToken);

    public Task<EquipmentLoan> LendEquipmentAsync(Guid itemId, Guid petId, DateTimeOffset dueBackAt, string? notes, CancellationToken cancellationToken) =>
        SendAsync<EquipmentLoan>(HttpMethod.Post, "/api/equipment-loans",
            new { equipmentItem = new IdRef(itemId), pet = new IdRef(petId), dueBackAt, notes }, cancellationToken);

    /// <param name="version">The version shown: a loan changed since is refused (409) rather than overwritten.</param>
    public Task<EquipmentLoan> MoveEquipmentLoanAsync(Guid id, string status, uint version, CancellationToken cancellationToken) =>
        SendAsync<EquipmentLoan>(HttpMethod.Post, $"/api/equipment-loans/{id}/status", new { status, version }, cancellationToken);
}

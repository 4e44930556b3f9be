using System.Net;
using VetCrm.Tests.Api;

namespace VetCrm.Tests.Equipment;

/// <summary>Test equipment: items with serial numbers unique to the run, and loans of them.</summary>
public static class EquipmentStock
{
    public static async Task<ApiResponse> NewItemAsync(ApiClient manager, string kind = "holterMonitor", string? name = null) =>
        (await manager.PostAsync("/api/equipment-items", new
        {
            name = name ?? "Holter monitor",
            serialNumber = $"SN-{Guid.NewGuid():N}"[..20],
            kind,
            notes = "Charge overnight before lending.",
        })).Expect(HttpStatusCode.Created);

    public static Task<ApiResponse> LendAsync(ApiClient lender, string itemId, string petId, DateTimeOffset? dueBackAt = null, DateTimeOffset? checkedOutAt = null) =>
        lender.PostAsync("/api/equipment-loans", new
        {
            equipmentItem = new { id = itemId },
            pet = new { id = petId },
            checkedOutAt,
            dueBackAt = dueBackAt ?? DateTimeOffset.UtcNow.AddDays(2),
            notes = "24 h ECG; owner shown how to replace the electrode pads.",
        });

    public static Task<ApiResponse> MoveAsync(ApiClient actor, string loanId, string status, uint version, string? reason = null) =>
        actor.PostAsync($"/api/equipment-loans/{loanId}/status", new { status, version, reason });
}

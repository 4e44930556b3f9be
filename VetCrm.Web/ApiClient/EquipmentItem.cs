namespace VetCrm.Web.ApiClient;

// The API's records as the web reads them (JSON in camelCase); see CareTask.cs.

public sealed record EquipmentItem
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string SerialNumber { get; init; } = "";
    public string Kind { get; init; } = "";
    public string? Notes { get; init; }
    public bool Active { get; init; }
    public IdRef? HeldBy { get; init; }
    public string Availability { get; init; } = "";
    public uint Version { get; init; }
    public IReadOnlyList<string> AllowedActions { get; init; } = [];

    public bool MayLend => AllowedActions.Contains("lend");
}

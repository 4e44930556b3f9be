namespace VetCrm.Api.Equipment;

/// <summary>A new piece of lendable equipment; it starts active.</summary>
public sealed record CreateEquipmentItemRequest(string? Name, string? SerialNumber, string? Kind, string? Notes, bool? Active);

using VetCrm.Api.Commands;

namespace VetCrm.Api.Equipment;

/// <summary>The fields of an item to change, with the version last read; <c>active: false</c> retires it from lending.</summary>
public sealed record PatchEquipmentItemRequest(
    uint? Version, Optional<string?> Name, Optional<string?> SerialNumber, Optional<string?> Kind, Optional<string?> Notes, Optional<bool?> Active);

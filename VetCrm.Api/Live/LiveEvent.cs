namespace VetCrm.Api.Live;

/// <summary>What a live client receives: which record changed, on which case. Clients re-read it through the API,
/// so an event carries no clinical content and the access rules of the read apply unchanged.</summary>
public sealed record LiveEvent(string Type, string EntityType, string EntityId, string PetId, DateTimeOffset At);
